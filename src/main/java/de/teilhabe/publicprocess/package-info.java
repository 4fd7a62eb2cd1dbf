/**
 * The public page of a process (published documentation, survey results, the council's
 * decision and the measures' progress), a module of its own because it composes the
 * modules it shows and none of them may know it.
 */
@ApplicationModule(displayName = "Public process page", allowedDependencies = { "council", "documentation", "measure",
		"participation", "survey", "system", "workinggroup" })
package de.teilhabe.publicprocess;

import org.springframework.modulith.ApplicationModule;
