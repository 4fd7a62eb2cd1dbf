/**
 * Security, users and roles, engine set-up, deployment of {@code processes/} and
 * {@code forms/}, time, locale and error pages: the infrastructure the other modules
 * build on.
 */
@ApplicationModule(displayName = "System", allowedDependencies = {})
package de.teilhabe.system;

import org.springframework.modulith.ApplicationModule;
