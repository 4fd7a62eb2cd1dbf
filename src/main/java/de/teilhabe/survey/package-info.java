/**
 * Online survey rounds, opened and closed by the survey phase: the editor, anonymous
 * answering, the results and their publication, and the documentation's survey chapters.
 */
@ApplicationModule(displayName = "Surveys", allowedDependencies = { "documentation", "participation", "system" })
package de.teilhabe.survey;

import org.springframework.modulith.ApplicationModule;
