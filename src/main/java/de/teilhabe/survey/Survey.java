package de.teilhabe.survey;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One online survey round (Befragungsrunde) of a participation process. */
@Entity
@Table(name = "survey")
public class Survey {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long participationId;

	@Column(name = "round_number")
	private int round;

	private String title;

	private String closeDate;

	@Enumerated(EnumType.STRING)
	private SurveyStatus status;

	private long responseCount;

	private Instant openedAt;

	private Instant closedAt;

	protected Survey() {
	}

	Survey(long participationId, int round, String title, String closeDate, Instant openedAt) {
		this.participationId = participationId;
		this.round = round;
		this.title = title;
		this.closeDate = closeDate;
		this.status = SurveyStatus.OPEN;
		this.openedAt = openedAt;
	}

	void close(Instant at) {
		if (status == SurveyStatus.CLOSED) {
			throw new IllegalStateException("Survey " + id + " is already closed");
		}
		this.status = SurveyStatus.CLOSED;
		this.closedAt = at;
	}

	public Long getId() {
		return id;
	}

	public Long getParticipationId() {
		return participationId;
	}

	public int getRound() {
		return round;
	}

	public String getTitle() {
		return title;
	}

	public String getCloseDate() {
		return closeDate;
	}

	public SurveyStatus getStatus() {
		return status;
	}

	public long getResponseCount() {
		return responseCount;
	}

	public Instant getOpenedAt() {
		return openedAt;
	}

	public Instant getClosedAt() {
		return closedAt;
	}

}
