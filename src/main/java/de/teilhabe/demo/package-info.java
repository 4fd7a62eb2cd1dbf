/**
 * The demo users and the Leverkusen 2017 story, run through the other modules' services.
 */
@ApplicationModule(displayName = "Demo",
		allowedDependencies = { "event", "participation", "survey", "system", "task", "workinggroup" })
package de.teilhabe.demo;

import org.springframework.modulith.ApplicationModule;
