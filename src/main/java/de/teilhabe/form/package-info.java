/**
 * Camunda Forms of user tasks and start events, rendered on the server and checked again
 * there, without JavaScript.
 */
@ApplicationModule(displayName = "Forms", allowedDependencies = { "system" })
package de.teilhabe.form;

import org.springframework.modulith.ApplicationModule;
