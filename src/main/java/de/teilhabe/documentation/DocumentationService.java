package de.teilhabe.documentation;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.teilhabe.participation.Participation;
import de.teilhabe.participation.ParticipationService;
import de.teilhabe.system.NotFoundException;

/**
 * Compiles, approves and publishes the documentation of a participation process, one
 * version at a time.
 */
@Service
public class DocumentationService {

	static final String PROCESS_KEY = "Process_Documentation";

	private final DocumentationRepository repository;

	private final DocumentationComposer composer;

	private final DocumentationPdf pdf;

	private final ParticipationService participations;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final RuntimeService runtimeService;

	DocumentationService(DocumentationRepository repository, DocumentationComposer composer, DocumentationPdf pdf,
			ParticipationService participations, Clock clock, ApplicationEventPublisher events,
			RuntimeService runtimeService) {
		this.runtimeService = runtimeService;
		this.repository = repository;
		this.composer = composer;
		this.pdf = pdf;
		this.participations = participations;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * A new draft version; after a published one, this is the correction that publishes
	 * the next version.
	 */
	@Transactional
	public Documentation compile(long participationId) {
		int next = repository.findFirstByParticipationIdOrderByVersionDesc(participationId)
			.map(latest -> latest.getVersion() + 1)
			.orElse(1);
		return repository.save(new Documentation(participationId, next, clock.instant()));
	}

	/**
	 * A correction of the published documentation: runs the documentation process again
	 * on its own (a new draft version, edit, the manager's approval, publication); the
	 * published versions stay as they are.
	 * @return the id of the correction's process instance
	 */
	@Transactional
	public String startCorrection(long participationId, String userId) {
		Participation participation = participations.find(participationId)
			.orElseThrow(() -> new DocumentationException("outcome.documentation.unknown"));
		Documentation latest = repository.findFirstByParticipationIdOrderByVersionDesc(participationId)
			.orElseThrow(() -> new DocumentationException("outcome.documentation.correction.nothingPublished"));
		if (latest.getStatus() != DocumentationStatus.PUBLISHED) {
			throw new DocumentationException("outcome.documentation.correction.draftOpen");
		}
		Map<String, Object> variables = new HashMap<>();
		variables.put("participationId", participationId);
		variables.put("foreword", latest.getForeword());
		variables.put("closingRemarks", latest.getClosingRemarks());
		variables.put("correctionOf", (long) latest.getVersion());
		variables.put("correctionRequestedBy", userId);
		return runtimeService.startProcessInstanceByKey(PROCESS_KEY, participation.getSlug(), variables).getId();
	}

	/** The coordinator's foreword and closing remarks (UserTask_EditDocumentation). */
	@Transactional
	public Documentation edit(long documentationId, String foreword, String closingRemarks) {
		Documentation documentation = get(documentationId);
		documentation.edit(foreword, closingRemarks);
		return documentation;
	}

	/**
	 * The manager's approval (UserTask_ApproveDocumentation): who and when, the condition
	 * for publishing.
	 */
	@Transactional
	public Documentation approve(long documentationId, String managerId) {
		Documentation documentation = get(documentationId);
		documentation.approve(managerId, clock.instant());
		return documentation;
	}

	@Transactional
	public Documentation reject(long documentationId, String reason) {
		Documentation documentation = get(documentationId);
		documentation.reject(reason);
		return documentation;
	}

	/**
	 * Publishes an approved draft as it reads now; refuses one without the manager's
	 * approval.
	 */
	@Transactional
	public Documentation publish(long documentationId) {
		Documentation documentation = get(documentationId);
		if (!documentation.isApproved()) {
			throw new DocumentationException("outcome.documentation.notApproved");
		}
		Participation participation = participation(documentation);
		documentation.publish(clock.instant(), published -> composer.compose(participation, published));
		events.publishEvent(new DocumentationPublished(documentation.getParticipationId(), documentation.getId(),
				documentation.getVersion()));
		return documentation;
	}

	/**
	 * The page as it would be published now: for the coordinator and the manager before
	 * approval.
	 */
	@Transactional(readOnly = true)
	public String preview(long documentationId) {
		Documentation documentation = get(documentationId);
		return documentation.getPublishedHtml() != null ? documentation.getPublishedHtml()
				: composer.compose(participation(documentation), documentation);
	}

	public byte[] pdf(String xhtml) {
		return pdf.render(xhtml);
	}

	@Transactional(readOnly = true)
	public List<Documentation> published(long participationId) {
		return repository.findByParticipationIdAndStatusOrderByVersionDesc(participationId,
				DocumentationStatus.PUBLISHED);
	}

	@Transactional(readOnly = true)
	public Optional<Documentation> publishedVersion(long participationId, int version) {
		return repository.findByParticipationIdAndVersion(participationId, version)
			.filter(d -> d.getStatus() == DocumentationStatus.PUBLISHED);
	}

	@Transactional(readOnly = true)
	public Documentation get(long documentationId) {
		return repository.findById(documentationId)
			.orElseThrow(() -> new NotFoundException("documentation", documentationId));
	}

	private Participation participation(Documentation documentation) {
		return participations.find(documentation.getParticipationId()).orElseThrow();
	}

}
