/**
 * The managers' progress views, read in SQL from other modules' and the engine's tables:
 * the overview with figures, one process in depth (diagram, steps, failures, history) and
 * the retry of failed steps.
 * <p>
 * It reads the other modules' tables in SQL, never their classes, so its module
 * dependencies do not show them: {@code ProgressQueries} and {@code DetailQueries} name
 * the tables they read and the module each belongs to.
 */
@ApplicationModule(displayName = "Progress", allowedDependencies = { "participation", "system" })
package de.teilhabe.progress;

import org.springframework.modulith.ApplicationModule;
