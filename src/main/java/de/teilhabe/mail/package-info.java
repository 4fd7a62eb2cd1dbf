/**
 * The outbox every mail goes through: stored with the change that caused it, sent
 * afterwards, and read by the administrator.
 */
@ApplicationModule(displayName = "Mail", allowedDependencies = { "system" })
package de.teilhabe.mail;

import org.springframework.modulith.ApplicationModule;
