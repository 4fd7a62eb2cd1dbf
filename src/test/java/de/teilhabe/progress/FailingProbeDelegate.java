package de.teilhabe.progress;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * The delegate of the failing probe process: fails with a readable message until told to
 * recover.
 */
public class FailingProbeDelegate implements JavaDelegate {

	static final String MESSAGE = "Umfragedienst nicht erreichbar";

	volatile boolean failing = true;

	@Override
	public void execute(DelegateExecution execution) {
		if (failing) {
			throw new IllegalStateException(MESSAGE);
		}
	}

}
