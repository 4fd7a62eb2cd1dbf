package de.teilhabe.participation;

import java.text.Normalizer;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Starts participation processes and keeps their record in step with the engine. */
@Service
@Validated
public class ParticipationService {

	public static final String PROCESS_KEY = "Process_Participation";

	private final ParticipationRepository repository;

	private final RuntimeService runtimeService;

	private final IdentityService identityService;

	private final Clock clock;

	ParticipationService(ParticipationRepository repository, RuntimeService runtimeService,
			IdentityService identityService, Clock clock) {
		this.repository = repository;
		this.runtimeService = runtimeService;
		this.identityService = identityService;
		this.clock = clock;
	}

	/**
	 * Records the participation and starts its main process in the same transaction:
	 * either both exist or neither.
	 */
	@Transactional
	public Participation start(@Valid StartParticipation command, String userId) {
		if (command.endsBeforeStart()) {
			throw new IllegalArgumentException("planned end before planned start");
		}
		Participation participation = repository
			.save(new Participation(uniqueSlug(command.title()), command, userId, clock.instant()));
		Map<String, Object> variables = new HashMap<>();
		variables.put("participationId", participation.getId());
		variables.put("title", participation.getTitle());
		variables.put("organiser", participation.getOrganiser());
		variables.put("topicArea", participation.getTopicArea());
		variables.put("plannedStart", participation.getPlannedStart().toString());
		variables.put("plannedEnd", participation.getPlannedEnd().toString());
		variables.put("surveyRounds", (long) participation.getSurveyRounds());
		variables.put("measuresBudget", participation.getMeasuresBudget());
		variables.put("politicalBody", participation.getPoliticalBody());
		// the engine records the authenticated user as the process's starter (shown in
		// the progress timeline)
		identityService.setAuthenticatedUserId(userId);
		String processInstanceId;
		try {
			processInstanceId = runtimeService
				.startProcessInstanceByKey(PROCESS_KEY, participation.getSlug(), variables)
				.getId();
		}
		finally {
			identityService.clearAuthentication();
		}
		participation.attachProcessInstance(processInstanceId);
		return participation;
	}

	@Transactional(readOnly = true)
	public Optional<Participation> find(long id) {
		return repository.findById(id);
	}

	@Transactional(readOnly = true)
	public Optional<Participation> findBySlug(String slug) {
		return repository.findBySlug(slug);
	}

	/**
	 * Titles of the participations with these slugs (the business keys of their
	 * processes), in one query.
	 */
	@Transactional(readOnly = true)
	public Map<String, String> titlesBySlug(Collection<String> slugs) {
		if (slugs.isEmpty()) {
			return Map.of();
		}
		return repository.findBySlugIn(slugs)
			.stream()
			.collect(Collectors.toMap(Participation::getSlug, Participation::getTitle));
	}

	/**
	 * Slug and title of every running participation, by title: what a filter offers,
	 * without loading the records.
	 */
	@Transactional(readOnly = true)
	public List<ProcessChoice> runningChoices() {
		return repository.findChoicesByStatus(ParticipationStatus.RUNNING);
	}

	@Transactional(readOnly = true)
	public List<Participation> running() {
		return repository.findByStatusOrderByTitle(ParticipationStatus.RUNNING);
	}

	@Transactional(readOnly = true)
	public Page<Participation> list(Pageable pageable) {
		return repository.findAllByOrderByCreatedAtDesc(pageable);
	}

	/** These participations, newest first. */
	@Transactional(readOnly = true)
	public Page<Participation> list(SteeredParticipations participations, Pageable pageable) {
		if (participations.all()) {
			return list(pageable);
		}
		return participations.ids().isEmpty() ? Page.empty(pageable)
				: repository.findByIdInOrderByCreatedAtDesc(participations.ids(), pageable);
	}

	@Transactional
	void enterPhase(long participationId, Phase phase) {
		repository.findById(participationId).ifPresent(p -> {
			if (!phase.name().equals(p.getCurrentPhase())) {
				p.enterPhase(phase.name(), clock.instant());
			}
		});
	}

	@Transactional
	void finish(long participationId) {
		repository.findById(participationId).ifPresent(p -> p.finish(clock.instant()));
	}

	private String uniqueSlug(String title) {
		String base = slugOf(title);
		String slug = base;
		for (int n = 2; repository.existsBySlug(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	static String slugOf(String title) {
		String german = title.strip()
			.toLowerCase(Locale.GERMAN)
			.replace("ä", "ae")
			.replace("ö", "oe")
			.replace("ü", "ue")
			.replace("ß", "ss");
		String ascii = Normalizer.normalize(german, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		if (slug.length() > 100) {
			slug = slug.substring(0, 100).replaceAll("-+$", "");
		}
		return slug.isEmpty() ? "beteiligung" : slug;
	}

}
