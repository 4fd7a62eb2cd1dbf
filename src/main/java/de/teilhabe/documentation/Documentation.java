package de.teilhabe.documentation;

import java.time.Instant;
import java.util.function.Function;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One version of a participation process's documentation; a correction publishes a new
 * version.
 */
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

	private String approvedBy;

	private Instant approvedAt;

	private String rejectionReason;

	@Column(name = "published_html")
	private String publishedHtml;

	protected Documentation() {
	}

	Documentation(long participationId, int version, Instant compiledAt) {
		this.participationId = participationId;
		this.version = version;
		this.status = DocumentationStatus.DRAFT;
		this.compiledAt = compiledAt;
	}

	/**
	 * The coordinator's texts; a change withdraws an earlier approval, since the manager
	 * approved other words.
	 */
	void edit(String foreword, String closingRemarks) {
		requireDraft();
		this.foreword = foreword;
		this.closingRemarks = closingRemarks;
		this.approvedBy = null;
		this.approvedAt = null;
	}

	void approve(String userId, Instant at) {
		requireDraft();
		if (userId == null || userId.isBlank()) {
			throw new DocumentationException("outcome.documentation.approverMissing");
		}
		this.approvedBy = userId;
		this.approvedAt = at;
		this.rejectionReason = null;
	}

	void reject(String reason) {
		requireDraft();
		this.approvedBy = null;
		this.approvedAt = null;
		this.rejectionReason = reason;
	}

	/**
	 * Publishes the page as composed now (with its publication date); only an approved
	 * draft may be published, and only once.
	 */
	void publish(Instant at, Function<Documentation, String> compose) {
		requireDraft();
		if (!isApproved()) {
			throw new DocumentationException("outcome.documentation.notApproved");
		}
		this.status = DocumentationStatus.PUBLISHED;
		this.publishedAt = at;
		this.publishedHtml = compose.apply(this);
	}

	private void requireDraft() {
		if (status == DocumentationStatus.PUBLISHED) {
			throw new DocumentationException("outcome.documentation.alreadyPublished");
		}
	}

	public boolean isApproved() {
		return approvedBy != null;
	}

	public String getApprovedBy() {
		return approvedBy;
	}

	public Instant getApprovedAt() {
		return approvedAt;
	}

	public String getRejectionReason() {
		return rejectionReason;
	}

	public String getPublishedHtml() {
		return publishedHtml;
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
