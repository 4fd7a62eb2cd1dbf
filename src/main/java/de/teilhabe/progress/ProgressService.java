package de.teilhabe.progress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.teilhabe.participation.ParticipationAccess;
import de.teilhabe.participation.SteeredParticipations;
import de.teilhabe.participation.Steerer;
import de.teilhabe.progress.DetailQueries.ActivityCount;
import de.teilhabe.progress.DetailQueries.IncidentRow;
import de.teilhabe.progress.ProgressDetail.Diagram;
import de.teilhabe.progress.ProgressDetail.Failure;
import de.teilhabe.progress.ProgressDetail.GroupPart;
import de.teilhabe.progress.ProgressDetail.OpenTask;
import de.teilhabe.progress.ProgressDetail.Step;
import de.teilhabe.progress.ProgressDetail.StepState;
import de.teilhabe.progress.ProgressDetail.Timeline;
import de.teilhabe.progress.ProgressRow.EngineFigures;
import de.teilhabe.progress.ProgressRow.Figures;
import de.teilhabe.system.NotFoundException;

/**
 * Where every participation process stands, in the users' terms. The overview costs the
 * same few queries for any number of processes: a page of participations, then one
 * aggregate query per kind of figure for that page. Who sees which process in whole is
 * {@link ParticipationAccess}'s rule; a working-group lead sees their groups' part.
 */
@Service
class ProgressService {

	static final int TIMELINE_PAGE_SIZE = 20;

	private final ProgressQueries queries;

	private final DetailQueries details;

	private final RepositoryService repositoryService;

	private final ManagementService managementService;

	private final Clock clock;

	private final ParticipationAccess access;

	ProgressService(ProgressQueries queries, DetailQueries details, RepositoryService repositoryService,
			ManagementService managementService, Clock clock, ParticipationAccess access) {
		this.access = access;
		this.queries = queries;
		this.details = details;
		this.repositoryService = repositoryService;
		this.managementService = managementService;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public ProgressPage overview(Steerer viewer, ProgressFilter filter, int page, int size) {
		SteeredParticipations visible = overviewOf(viewer);
		Instant now = clock.instant();
		int current = Math.max(page, 0);
		ProgressQueries.Slice slice = queries.page(visible, filter, now, current * size, size);
		return new ProgressPage(withFigures(slice.rows(), now), current, size, slice.total());
	}

	@Transactional(readOnly = true)
	public List<String> organisers(Steerer viewer) {
		return queries.organisers(overviewOf(viewer));
	}

	@Transactional(readOnly = true)
	public List<Integer> years(Steerer viewer) {
		return queries.years(overviewOf(viewer));
	}

	/** The participations in this user's overview; only those who may steer have one. */
	private SteeredParticipations overviewOf(Steerer viewer) {
		if (!viewer.seesAll() && !viewer.coordinator()) {
			throw new AccessDeniedException("User " + viewer.userId() + " may not see the progress overview");
		}
		return access.steeredBy(viewer);
	}

	private List<ProgressRow> withFigures(List<ProgressRow> rows, Instant now) {
		Map<Long, Figures> figures = queries.figures(rows.stream().map(ProgressRow::id).toList());
		Map<String, EngineFigures> engine = queries
			.engineFigures(rows.stream().map(ProgressRow::processInstanceId).filter(Objects::nonNull).toList(), now);
		return rows.stream()
			.map(row -> new ProgressRow(row.id(), row.slug(), row.title(), row.organiser(), row.status(),
					row.currentPhase(), row.plannedStart(), row.measuresBudget(), row.processInstanceId(),
					figures.getOrDefault(row.id(), Figures.NONE),
					row.processInstanceId() == null ? EngineFigures.NONE
							: engine.getOrDefault(row.processInstanceId(), EngineFigures.NONE)))
			.toList();
	}

	/**
	 * One process in depth. Managers, administrators and the coordinator who started it
	 * see all of it; a working-group lead of the process sees their groups and their
	 * groups' tasks; everyone else is refused.
	 */
	@Transactional(readOnly = true)
	public ProgressDetail detail(String slug, Steerer viewer, int timelinePage) {
		ProgressRow found = queries.bySlug(slug).orElseThrow(() -> notFound(slug));
		Instant now = clock.instant();
		ProgressRow process = withFigures(List.of(found), now).get(0);
		String root = process.processInstanceId();
		if (!access.maySteer(viewer, found.id())) {
			List<GroupPart> own = details.workingGroups(process.id(), viewer.userId());
			if (own.isEmpty()) {
				throw new AccessDeniedException("User " + viewer.userId() + " may not see process " + slug);
			}
			Set<String> groups = new HashSet<>();
			own.forEach(group -> groups.add(group.candidateGroup()));
			List<OpenTask> tasks = root == null ? List.of()
					: details.openTasks(root, now)
						.stream()
						.filter(task -> viewer.userId().equals(task.assignee())
								|| task.groups().stream().anyMatch(groups::contains))
						.toList();
			return new ProgressDetail(process, false, List.of(), List.of(), tasks,
					new Timeline(List.of(), 0, TIMELINE_PAGE_SIZE, 0), own, List.of());
		}
		List<IncidentRow> incidents = root == null ? List.of() : details.incidents(root);
		List<Diagram> diagrams = root == null ? List.of() : diagrams(root, incidents);
		int page = Math.max(timelinePage, 0);
		Timeline timeline = root == null ? new Timeline(List.of(), 0, TIMELINE_PAGE_SIZE, 0)
				: new Timeline(details.timeline(root, page * TIMELINE_PAGE_SIZE, TIMELINE_PAGE_SIZE), page,
						TIMELINE_PAGE_SIZE, details.timelineSize(root));
		return new ProgressDetail(process, true, diagrams, failures(incidents),
				root == null ? List.of() : details.openTasks(root, now), timeline,
				details.workingGroups(process.id(), null), details.surveyIds(process.id()));
	}

	/**
	 * The working groups the user leads, in every process, each linking to its part of
	 * the detail view.
	 */
	@Transactional(readOnly = true)
	public List<DetailQueries.LedGroup> groupsLedBy(Steerer viewer) {
		return details.groupsLedBy(viewer.userId());
	}

	/**
	 * The BPMN XML of a model the process ran, for the diagram; only models of this
	 * process are served.
	 */
	@Transactional(readOnly = true)
	public byte[] model(String slug, String definitionId, Steerer viewer) {
		ProgressRow found = queries.bySlug(slug).orElseThrow(() -> notFound(slug));
		if (!access.maySteer(viewer, found.id())) {
			throw new AccessDeniedException("User " + viewer.userId() + " may not see the models of " + slug);
		}
		String root = found.processInstanceId();
		if (root == null || !details.belongsTo(definitionId, root)) {
			throw notFound(slug + "/" + definitionId);
		}
		try (var in = repositoryService.getProcessModel(definitionId)) {
			return in.readAllBytes();
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	/**
	 * Gives a failed job of this process one more try; the job executor runs it again.
	 * Administrators only.
	 */
	@Transactional
	public void retry(String slug, String jobId, Steerer viewer) {
		if (!viewer.admin()) {
			throw new AccessDeniedException("User " + viewer.userId() + " may not retry jobs");
		}
		ProgressRow found = queries.bySlug(slug).orElseThrow(() -> notFound(slug));
		String root = found.processInstanceId();
		if (root == null || !details.jobBelongsTo(jobId, root)) {
			throw notFound(slug + "/" + jobId);
		}
		managementService.setJobRetries(jobId, 1);
	}

	private static NotFoundException notFound(String what) {
		return new NotFoundException("participation process", what);
	}

	private List<Diagram> diagrams(String root, List<IncidentRow> incidents) {
		List<String> definitionIds = new ArrayList<>();
		String main = details.mainDefinitionId(root);
		if (main == null) {
			return List.of();
		}
		definitionIds.add(main);
		details.activeCalledDefinitionIds(root).stream().sorted().forEach(definitionIds::add);
		Map<String, Map<String, ActivityCount>> counts = new HashMap<>();
		details.activityCounts(root)
			.forEach(count -> counts.computeIfAbsent(count.definitionId(), id -> new HashMap<>())
				.put(count.activityId(), count));
		Map<String, Set<String>> failed = new HashMap<>();
		incidents.forEach(incident -> failed.computeIfAbsent(incident.definitionId(), id -> new HashSet<>())
			.add(incident.activityId()));
		return definitionIds.stream()
			.map(id -> diagram(id, counts.getOrDefault(id, Map.of()), failed.getOrDefault(id, Set.of())))
			.toList();
	}

	private Diagram diagram(String definitionId, Map<String, ActivityCount> counts, Set<String> failed) {
		BpmnModelInstance model = repositoryService.getBpmnModelInstance(definitionId);
		Map<String, Bounds> bounds = new HashMap<>();
		model.getModelElementsByType(BpmnShape.class).forEach(shape -> {
			if (shape.getBpmnElement() != null) {
				bounds.put(shape.getBpmnElement().getId(), shape.getBounds());
			}
		});
		String processKey = repositoryService.getProcessDefinition(definitionId).getKey();
		Process process = model.getModelElementById(processKey);
		List<FlowNode> nodes = new ArrayList<>(model.getModelElementsByType(FlowNode.class)
			.stream()
			.filter(node -> node instanceof Activity || node instanceof Event)
			.filter(node -> node.getName() != null && !node.getName().isBlank())
			.toList());
		// the diagram's left-to-right layout is the order a reader expects
		nodes.sort(Comparator.comparingDouble((FlowNode node) -> x(bounds, node))
			.thenComparingDouble(node -> y(bounds, node)));
		List<Step> steps = nodes.stream()
			.map(node -> new Step(node.getId(), node.getName(), state(node.getId(), counts, failed)))
			.toList();
		return new Diagram(definitionId, process != null && process.getName() != null ? process.getName() : processKey,
				steps);
	}

	private static double x(Map<String, Bounds> bounds, FlowNode node) {
		Bounds b = bounds.get(node.getId());
		return b == null ? Double.MAX_VALUE : b.getX();
	}

	private static double y(Map<String, Bounds> bounds, FlowNode node) {
		Bounds b = bounds.get(node.getId());
		return b == null ? Double.MAX_VALUE : b.getY();
	}

	private static StepState state(String activityId, Map<String, ActivityCount> counts, Set<String> failed) {
		if (failed.contains(activityId)) {
			return StepState.FAILED;
		}
		ActivityCount count = counts.get(activityId);
		if (count == null) {
			return StepState.OPEN;
		}
		if (count.active() > 0) {
			return StepState.ACTIVE;
		}
		return count.finished() > 0 ? StepState.FINISHED : StepState.OPEN;
	}

	private List<Failure> failures(List<IncidentRow> incidents) {
		Map<String, BpmnModelInstance> models = new HashMap<>();
		return incidents.stream().map(incident -> {
			BpmnModelInstance model = models.computeIfAbsent(incident.definitionId(),
					repositoryService::getBpmnModelInstance);
			FlowNode node = incident.activityId() == null ? null : model.getModelElementById(incident.activityId());
			String name = node == null || node.getName() == null ? incident.activityId() : node.getName();
			return new Failure(incident.id(), name, incident.message(), incident.at(), incident.jobId());
		}).toList();
	}

}
