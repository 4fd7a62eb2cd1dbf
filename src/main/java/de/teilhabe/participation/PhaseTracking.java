package de.teilhabe.participation;

import java.util.ArrayList;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link Participation#getCurrentPhase()} in step with the main process without a
 * listener in every BPMN: the engine attaches one when it parses the main process. Phase
 * and status are then one column read, not an engine query per row.
 */
@Component
class PhaseTracking extends AbstractProcessEnginePlugin {

	// the engine is built before the service's beans; look the service up when a listener
	// first fires
	private final ObjectProvider<ParticipationService> participations;

	PhaseTracking(ObjectProvider<ParticipationService> participations) {
		this.participations = participations;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomPostBPMNParseListeners() == null) {
			configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
		}
		configuration.getCustomPostBPMNParseListeners().add(new MainProcessParseListener());
	}

	private final class MainProcessParseListener extends AbstractBpmnParseListener {

		@Override
		public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
			if (ParticipationService.PROCESS_KEY.equals(processDefinition.getKey())) {
				processDefinition.addListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) this::processEnded);
			}
		}

		@Override
		public void parseCallActivity(Element element, ScopeImpl scope, ActivityImpl activity) {
			trackPhase(activity);
		}

		@Override
		public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
			trackPhase(activity);
		}

		private void trackPhase(ActivityImpl activity) {
			if (ParticipationService.PROCESS_KEY
				.equals(((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey())) {
				Phase.ofActivity(activity.getId())
					.ifPresent(phase -> activity.addListener(ExecutionListener.EVENTNAME_START,
							(ExecutionListener) execution -> participationId(execution)
								.ifPresent(id -> participations.getObject().enterPhase(id, phase))));
			}
		}

		private void processEnded(DelegateExecution execution) {
			participationId(execution).ifPresent(id -> participations.getObject().finish(id));
		}

		private Optional<Long> participationId(DelegateExecution execution) {
			return Optional.ofNullable((Long) execution.getVariable("participationId"));
		}

	}

}
