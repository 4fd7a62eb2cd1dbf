/**
 * The users' work on tasks: task list, task page and its form, with the permission check
 * on every call.
 */
@ApplicationModule(displayName = "Tasks", allowedDependencies = { "form", "participation", "system", "workinggroup" })
package de.teilhabe.task;

import org.springframework.modulith.ApplicationModule;
