package de.teilhabe.participation;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The phases of the participation cycle in the users' terms, each with the activities of
 * the main process (participation.bpmn) that belong to it.
 */
public enum Phase {

	SURVEYS(List.of("Process_SurveyPhase"), "CallActivity_SurveyPhase"),
	WORKSHOP(List.of("Process_Workshop"), "CallActivity_Workshop"),
	CONFERENCE(List.of("Process_Participation", "Process_Conference", "Process_WorkingGroup"),
			"UserTask_SetUpWorkingGroups", "CallActivity_Conference", "CallActivity_WorkingGroup"),
	CONSOLIDATION(List.of("Process_Consolidation"), "CallActivity_Consolidation"),
	DOCUMENTATION(List.of("Process_Documentation"), "CallActivity_Documentation"),
	COUNCIL(List.of("Process_Council"), "CallActivity_Council"),
	MEASURE_TRACKING(List.of("Process_MeasureTracking"), "CallActivity_MeasureTracking");

	private final List<String> processDefinitionKeys;

	private final List<String> activityIds;

	Phase(List<String> processDefinitionKeys, String... activityIds) {
		this.processDefinitionKeys = processDefinitionKeys;
		this.activityIds = List.of(activityIds);
	}

	public static Optional<Phase> ofName(String name) {
		return Arrays.stream(values()).filter(phase -> phase.name().equals(name)).findFirst();
	}

	/**
	 * The phase a task belongs to, by the process (main process or phase BPMN) it runs
	 * in.
	 */
	public static Optional<Phase> ofProcessDefinitionKey(String key) {
		return Arrays.stream(values()).filter(phase -> phase.processDefinitionKeys.contains(key)).findFirst();
	}

	/** The processes whose tasks belong to this phase. */
	public List<String> processDefinitionKeys() {
		return processDefinitionKeys;
	}

	public static Optional<Phase> ofActivity(String activityId) {
		return Arrays.stream(values()).filter(phase -> phase.activityIds.contains(activityId)).findFirst();
	}

	/** 1-based position in the cycle, for "phase 3 of 7". */
	public int number() {
		return ordinal() + 1;
	}

	public String messageKey() {
		return "phase." + name();
	}

}
