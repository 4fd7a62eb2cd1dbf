/**
 * Measures from a working group's results through consolidation, the budget check and the
 * council to adoption and tracking, and the documentation's working-group and budget
 * chapters.
 */
@ApplicationModule(displayName = "Measures",
		allowedDependencies = { "council", "documentation", "participation", "system", "workinggroup" })
package de.teilhabe.measure;

import org.springframework.modulith.ApplicationModule;
