package de.teilhabe.documentation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One version of a participation process's documentation; a correction publishes a new version. */
@Entity
@Table(name = "documentation")
public class Documentation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long participationId;

	@Column(name = "version_number")
	private int version;

	@Enumerated(EnumType.STRING)
	private DocumentationStatus status;

	private String foreword;

	private String closingRemarks;

	private Instant compiledAt;

	private Instant publishedAt;

	protected Documentation() {
	}

	Documentation(long participationId, int version, Instant compiledAt) {
		this.participationId = participationId;
		this.version = version;
		this.status = DocumentationStatus.DRAFT;
		this.compiledAt = compiledAt;
	}

	void publish(String foreword, String closingRemarks, Instant at) {
		if (status == DocumentationStatus.PUBLISHED) {
			throw new IllegalStateException("Documentation " + id + " is already published");
		}
		this.foreword = foreword;
		this.closingRemarks = closingRemarks;
		this.status = DocumentationStatus.PUBLISHED;
		this.publishedAt = at;
	}

	public Long getId() {
		return id;
	}

	public Long getParticipationId() {
		return participationId;
	}

	public int getVersion() {
		return version;
	}

	public DocumentationStatus getStatus() {
		return status;
	}

	public String getForeword() {
		return foreword;
	}

	public String getClosingRemarks() {
		return closingRemarks;
	}

	public Instant getCompiledAt() {
		return compiledAt;
	}

	public Instant getPublishedAt() {
		return publishedAt;
	}

}
