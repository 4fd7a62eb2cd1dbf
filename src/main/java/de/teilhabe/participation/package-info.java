/**
 * The participation process record: starting it, the phase it is in (kept up to date by a
 * parse listener on the main process) and who steers it.
 */
@ApplicationModule(displayName = "Participation", allowedDependencies = { "form", "system" })
package de.teilhabe.participation;

import org.springframework.modulith.ApplicationModule;
