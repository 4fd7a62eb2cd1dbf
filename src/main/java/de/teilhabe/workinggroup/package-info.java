/**
 * Working groups and their goals, with one engine group {@code wg-<id>} each, so a lead
 * sees only their group's tasks.
 */
@ApplicationModule(displayName = "Working groups", allowedDependencies = { "system" })
package de.teilhabe.workinggroup;

import org.springframework.modulith.ApplicationModule;
