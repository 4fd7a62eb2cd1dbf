package de.teilhabe.participation;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The phases of the participation cycle in the users' terms, each with the activities of the main process
 * (participation.bpmn) that belong to it.
 */
public enum Phase {

	SURVEYS("CallActivity_SurveyPhase"),
	WORKSHOP("CallActivity_Workshop"),
	CONFERENCE("UserTask_SetUpWorkingGroups", "CallActivity_Conference", "CallActivity_WorkingGroup"),
	CONSOLIDATION("CallActivity_Consolidation"),
	DOCUMENTATION("CallActivity_Documentation"),
	COUNCIL("CallActivity_Council"),
	MEASURE_TRACKING("CallActivity_MeasureTracking");

	private final List<String> activityIds;

	Phase(String... activityIds) {
		this.activityIds = List.of(activityIds);
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
