/**
 * Workshop and conference: the public event page, invitations, the registration window,
 * press, attendance, and the documentation's events chapter.
 */
@ApplicationModule(displayName = "Events",
		allowedDependencies = { "documentation", "mail", "participation", "system", "workinggroup" })
package de.teilhabe.event;

import org.springframework.modulith.ApplicationModule;
