package de.teilhabe;

import java.nio.file.Files;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** See {@link BrowserTest}. */
class BrowserAvailableCondition implements ExecutionCondition {

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (Files.isExecutable(Browser.CHROMIUM) && Files.isExecutable(Browser.CHROMEDRIVER)) {
			return ConditionEvaluationResult.enabled("Chromium found");
		}
		String message = "No browser: install Debian's chromium and chromium-driver (" + Browser.CHROMIUM + ", "
				+ Browser.CHROMEDRIVER + "), as .ci/run does";
		if (System.getenv("CI") != null) {
			throw new IllegalStateException("CI must run the browser tests: " + message);
		}
		System.err.println("SKIPPED browser test: " + message);
		return ConditionEvaluationResult.disabled(message);
	}

}
