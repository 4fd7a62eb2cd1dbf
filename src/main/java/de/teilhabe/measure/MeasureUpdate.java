package de.teilhabe.measure;

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
 * One progress report on an adopted measure: never changed afterwards, so the public page
 * shows its history.
 */
@Entity
@Table(name = "measure_update")
public class MeasureUpdate {

	static final int MAX_TEXT = 4000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long measureId;

	private LocalDate reportDate;

	@Column(name = "update_text")
	private String text;

	@Enumerated(EnumType.STRING)
	private MeasureStatus status;

	private int progressPercent;

	private long spentBudget;

	private String recordedBy;

	private Instant recordedAt;

	protected MeasureUpdate() {
	}

	MeasureUpdate(long measureId, LocalDate reportDate, String text, MeasureStatus status, int progressPercent,
			long spentBudget, String recordedBy, Instant recordedAt) {
		this.measureId = measureId;
		this.reportDate = reportDate;
		this.text = text;
		this.status = status;
		this.progressPercent = progressPercent;
		this.spentBudget = spentBudget;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	public Long getId() {
		return id;
	}

	public Long getMeasureId() {
		return measureId;
	}

	public LocalDate getReportDate() {
		return reportDate;
	}

	public String getText() {
		return text;
	}

	public MeasureStatus getStatus() {
		return status;
	}

	public int getProgressPercent() {
		return progressPercent;
	}

	public long getSpentBudget() {
		return spentBudget;
	}

	public String getRecordedBy() {
		return recordedBy;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

}
