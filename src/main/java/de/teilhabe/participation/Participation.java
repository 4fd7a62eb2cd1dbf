package de.teilhabe.participation;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A participation process (Beteiligungsprozess): what a coordinator started, and where
 * the engine has it now.
 */
@Entity
@Table(name = "participation")
public class Participation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String title;

	private String organiser;

	private String topicArea;

	private LocalDate plannedStart;

	private LocalDate plannedEnd;

	private int surveyRounds;

	private long measuresBudget;

	private String politicalBody;

	private String processInstanceId;

	@Enumerated(EnumType.STRING)
	private ParticipationStatus status;

	@Column(name = "current_phase")
	private String currentPhase;

	private Instant phaseEnteredAt;

	private Instant finishedAt;

	private String createdBy;

	private Instant createdAt;

	protected Participation() {
	}

	Participation(String slug, StartParticipation command, String createdBy, Instant createdAt) {
		this.slug = slug;
		this.title = command.title().strip();
		this.organiser = command.organiser().strip();
		this.topicArea = command.topicArea().strip();
		this.plannedStart = command.plannedStart();
		this.plannedEnd = command.plannedEnd();
		this.surveyRounds = command.surveyRounds();
		this.measuresBudget = command.measuresBudget();
		this.politicalBody = command.politicalBody().strip();
		this.status = ParticipationStatus.RUNNING;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	void attachProcessInstance(String processInstanceId) {
		if (this.processInstanceId != null) {
			throw new IllegalStateException("Participation " + id + " already runs as " + this.processInstanceId);
		}
		this.processInstanceId = processInstanceId;
	}

	void enterPhase(String phase, Instant at) {
		this.currentPhase = phase;
		this.phaseEnteredAt = at;
	}

	void finish(Instant at) {
		this.status = ParticipationStatus.FINISHED;
		this.currentPhase = null;
		this.finishedAt = at;
	}

	public Long getId() {
		return id;
	}

	public String getSlug() {
		return slug;
	}

	public String getTitle() {
		return title;
	}

	public String getOrganiser() {
		return organiser;
	}

	public String getTopicArea() {
		return topicArea;
	}

	public LocalDate getPlannedStart() {
		return plannedStart;
	}

	public LocalDate getPlannedEnd() {
		return plannedEnd;
	}

	public int getSurveyRounds() {
		return surveyRounds;
	}

	public long getMeasuresBudget() {
		return measuresBudget;
	}

	public String getPoliticalBody() {
		return politicalBody;
	}

	public String getProcessInstanceId() {
		return processInstanceId;
	}

	public ParticipationStatus getStatus() {
		return status;
	}

	public String getCurrentPhase() {
		return currentPhase;
	}

	public Instant getPhaseEnteredAt() {
		return phaseEnteredAt;
	}

	public Instant getFinishedAt() {
		return finishedAt;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

}
