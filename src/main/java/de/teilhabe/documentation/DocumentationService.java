package de.teilhabe.documentation;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Compiles and publishes the documentation of a participation process, one version at a time. */
@Service
public class DocumentationService {

	private final DocumentationRepository repository;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	DocumentationService(DocumentationRepository repository, Clock clock, ApplicationEventPublisher events) {
		this.repository = repository;
		this.clock = clock;
		this.events = events;
	}

	@Transactional
	public Documentation compile(long participationId) {
		int next = repository.findFirstByParticipationIdOrderByVersionDesc(participationId)
			.map(latest -> latest.getVersion() + 1)
			.orElse(1);
		return repository.save(new Documentation(participationId, next, clock.instant()));
	}

	/** Only the documentation process calls this, after a manager's approval (Gateway_DocumentationApproved). */
	@Transactional
	public Documentation publish(long documentationId, String foreword, String closingRemarks) {
		Documentation documentation = repository.findById(documentationId)
			.orElseThrow(() -> new IllegalArgumentException("No documentation " + documentationId));
		documentation.publish(foreword, closingRemarks, clock.instant());
		events.publishEvent(new DocumentationPublished(documentation.getParticipationId(), documentation.getId(),
				documentation.getVersion()));
		return documentation;
	}

	@Transactional(readOnly = true)
	public List<Documentation> published(long participationId) {
		return repository.findByParticipationIdAndStatusOrderByVersionDesc(participationId,
				DocumentationStatus.PUBLISHED);
	}

}
