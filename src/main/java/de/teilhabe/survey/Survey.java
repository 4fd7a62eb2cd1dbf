package de.teilhabe.survey;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Base64;

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

	private LocalDateTime closeDate;

	@Enumerated(EnumType.STRING)
	private SurveyStatus status;

	private long responseCount;

	private Instant openedAt;

	private Instant closedAt;

	private String publicToken;

	private String introduction;

	private String privacyNotice;

	private boolean resultsPublished;

	private LocalDateTime opensAt;

	protected Survey() {
	}

	Survey(long participationId, int round, String title, LocalDateTime closeDate, Instant openedAt) {
		this(participationId, round, title, closeDate);
		this.status = SurveyStatus.OPEN;
		this.openedAt = openedAt;
	}

	private Survey(long participationId, int round, String title, LocalDateTime closeDate) {
		this.participationId = participationId;
		this.round = round;
		this.title = title;
		this.closeDate = closeDate;
		this.publicToken = newToken();
	}

	/**
	 * The round being designed; title and close date come from the design task when it is
	 * opened.
	 */
	static Survey draft(long participationId, int round, String title) {
		Survey draft = new Survey(participationId, round, title, null);
		draft.status = SurveyStatus.DRAFT;
		return draft;
	}

	private static String newToken() {
		byte[] random = new byte[18];
		new SecureRandom().nextBytes(random);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}

	void open(String title, LocalDateTime closeDate, Instant at) {
		if (status != SurveyStatus.DRAFT) {
			throw new IllegalStateException("Survey " + id + " is not a draft");
		}
		this.title = title;
		this.closeDate = closeDate;
		this.status = SurveyStatus.OPEN;
		this.openedAt = at;
	}

	void describe(String introduction, String privacyNotice) {
		this.introduction = introduction;
		this.privacyNotice = privacyNotice;
	}

	/**
	 * Sets (or with {@code null} clears) the moment the survey starts to accept answers
	 * once it is opened.
	 */
	void scheduleOpening(LocalDateTime at) {
		if (!isEditable()) {
			throw new SurveyDesignException("survey.editor.locked");
		}
		this.opensAt = at;
	}

	void publishResults(boolean published) {
		if (published && status != SurveyStatus.CLOSED) {
			throw new SurveyDesignException("survey.results.stillRunning");
		}
		this.resultsPublished = published;
	}

	/**
	 * Opened by the survey phase, but its open date is still ahead: the public link says
	 * "not open yet".
	 */
	public boolean isWaitingForOpenDate(LocalDateTime now) {
		return status == SurveyStatus.OPEN && opensAt != null && now.isBefore(opensAt);
	}

	/**
	 * Open, past its open date and not past its close date (the close-date timer may not
	 * have fired yet).
	 */
	public boolean acceptsAnswers(LocalDateTime now) {
		return status == SurveyStatus.OPEN && !isWaitingForOpenDate(now)
				&& (closeDate == null || now.isBefore(closeDate));
	}

	/**
	 * Questions may change only while nobody has answered: stored answers refer to them.
	 */
	public boolean isEditable() {
		return status != SurveyStatus.CLOSED && responseCount == 0;
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

	public LocalDateTime getCloseDate() {
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

	public String getPublicToken() {
		return publicToken;
	}

	public String getIntroduction() {
		return introduction;
	}

	public String getPrivacyNotice() {
		return privacyNotice;
	}

	public boolean isResultsPublished() {
		return resultsPublished;
	}

	public LocalDateTime getOpensAt() {
		return opensAt;
	}

}
