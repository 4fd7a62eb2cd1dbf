package de.teilhabe.council;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A council's treatment of the submission (Ratsvorlage): one row per session, a
 * postponement included.
 */
@Entity
@Table(name = "council_decision")
public class CouncilDecision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long participationId;

	private String councilBody;

	private LocalDate sessionDate;

	private String submissionNumber;

	@Enumerated(EnumType.STRING)
	private Decision decision;

	private Long approvedBudget;

	private String notes;

	private Instant recordedAt;

	protected CouncilDecision() {
	}

	CouncilDecision(long participationId, RecordDecision command, Instant recordedAt) {
		this.participationId = participationId;
		this.councilBody = command.councilBody();
		this.sessionDate = command.sessionDate();
		this.submissionNumber = command.submissionNumber();
		this.decision = command.decision();
		this.approvedBudget = command.approvedBudget();
		this.notes = command.notes();
		this.recordedAt = recordedAt;
	}

	public Long getId() {
		return id;
	}

	public Long getParticipationId() {
		return participationId;
	}

	public String getCouncilBody() {
		return councilBody;
	}

	public LocalDate getSessionDate() {
		return sessionDate;
	}

	public String getSubmissionNumber() {
		return submissionNumber;
	}

	public Decision getDecision() {
		return decision;
	}

	public Long getApprovedBudget() {
		return approvedBudget;
	}

	public String getNotes() {
		return notes;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

}
