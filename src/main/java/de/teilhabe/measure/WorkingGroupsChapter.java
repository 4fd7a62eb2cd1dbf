package de.teilhabe.measure;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import de.teilhabe.documentation.Chapters;
import de.teilhabe.documentation.DocumentationContext;
import de.teilhabe.documentation.DocumentationSection;
import de.teilhabe.workinggroup.Goal;
import de.teilhabe.workinggroup.WorkingGroup;
import de.teilhabe.workinggroup.WorkingGroupService;

/**
 * Each working group's topic, goals and measures (measures merged into another one point
 * to it).
 */
@Component
class WorkingGroupsChapter implements DocumentationSection {

	private final Chapters chapters;

	private final WorkingGroupService workingGroups;

	private final MeasureService measures;

	WorkingGroupsChapter(Chapters chapters, WorkingGroupService workingGroups, MeasureService measures) {
		this.chapters = chapters;
		this.workingGroups = workingGroups;
		this.measures = measures;
	}

	@Override
	public int getOrder() {
		return 500;
	}

	@Override
	public Optional<Chapter> render(DocumentationContext context) {
		List<WorkingGroup> groups = workingGroups.ofParticipation(context.participationId());
		if (groups.isEmpty()) {
			return Optional.empty();
		}
		List<Measure> all = measures.ofParticipation(context.participationId());
		Map<Long, String> titles = all.stream()
			.collect(java.util.stream.Collectors.toMap(Measure::getId, Measure::getTitle));
		List<GroupResults> results = groups.stream()
			.map(g -> new GroupResults(g, workingGroups.goalsOf(g.getId()),
					all.stream().filter(m -> m.getWorkingGroupId().equals(g.getId())).toList()))
			.toList();
		return chapters.chapter("measures/documentationChapters", "groups", context,
				Map.of("results", results, "titles", titles));
	}

	record GroupResults(WorkingGroup group, List<Goal> goals, List<Measure> measures) {
	}

}
