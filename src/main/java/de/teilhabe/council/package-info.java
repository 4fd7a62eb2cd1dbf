/**
 * The council's treatment of a process: postponements and the final decision, recorded
 * once.
 */
@ApplicationModule(displayName = "Council", allowedDependencies = { "system" })
package de.teilhabe.council;

import org.springframework.modulith.ApplicationModule;
