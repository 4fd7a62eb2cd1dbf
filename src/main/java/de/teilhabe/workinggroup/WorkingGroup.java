package de.teilhabe.workinggroup;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A working group (Arbeitsgruppe) of a participation process, led by one user. */
@Entity
@Table(name = "working_group")
public class WorkingGroup {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long participationId;

	private String name;

	private String topic;

	private String leadUserId;

	private String candidateGroup;

	@Enumerated(EnumType.STRING)
	private WorkingGroupStatus status;

	private int resultsRecorded;

	protected WorkingGroup() {
	}

	WorkingGroup(long participationId, String name, String topic, String leadUserId) {
		this.participationId = participationId;
		this.name = name;
		this.topic = topic;
		this.leadUserId = leadUserId;
		this.status = WorkingGroupStatus.SET_UP;
	}

	/**
	 * The engine group whose members work this group's tasks; needs the id, so it is set
	 * after the insert.
	 */
	void assignCandidateGroup() {
		this.candidateGroup = candidateGroupOf(id);
	}

	static String candidateGroupOf(long workingGroupId) {
		return "wg-" + workingGroupId;
	}

	void resultsRecorded(int measureCount) {
		this.resultsRecorded++;
		this.status = measureCount == 0 ? WorkingGroupStatus.NO_MEASURES : WorkingGroupStatus.RESULTS_RECORDED;
	}

	public Long getId() {
		return id;
	}

	public Long getParticipationId() {
		return participationId;
	}

	public String getName() {
		return name;
	}

	public String getTopic() {
		return topic;
	}

	public String getLeadUserId() {
		return leadUserId;
	}

	public String getCandidateGroup() {
		return candidateGroup;
	}

	public WorkingGroupStatus getStatus() {
		return status;
	}

	public int getResultsRecorded() {
		return resultsRecorded;
	}

}
