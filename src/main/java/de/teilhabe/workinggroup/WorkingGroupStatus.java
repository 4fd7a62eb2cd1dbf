package de.teilhabe.workinggroup;

public enum WorkingGroupStatus {

	SET_UP, RESULTS_RECORDED, NO_MEASURES

}
