package de.teilhabe.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import de.teilhabe.documentation.Chapters;
import de.teilhabe.documentation.DocumentationContext;
import de.teilhabe.documentation.DocumentationSection;
import de.teilhabe.workinggroup.WorkingGroup;
import de.teilhabe.workinggroup.WorkingGroupService;

/**
 * The estimated costs per working group against the measures budget, as a table and a
 * static bar chart.
 */
@Component
class BudgetChapter implements DocumentationSection {

	private final Chapters chapters;

	private final WorkingGroupService workingGroups;

	private final MeasureService measures;

	BudgetChapter(Chapters chapters, WorkingGroupService workingGroups, MeasureService measures) {
		this.chapters = chapters;
		this.workingGroups = workingGroups;
		this.measures = measures;
	}

	@Override
	public int getOrder() {
		return 600;
	}

	@Override
	public Optional<Chapter> render(DocumentationContext context) {
		List<Measure> submitted = measures.submitted(context.participationId());
		if (submitted.isEmpty()) {
			return Optional.empty();
		}
		List<Row> rows = new ArrayList<>();
		for (WorkingGroup group : workingGroups.ofParticipation(context.participationId())) {
			List<Measure> ofGroup = submitted.stream()
				.filter(m -> m.getWorkingGroupId().equals(group.getId()))
				.toList();
			rows.add(new Row(group.getName(), ofGroup.size(),
					ofGroup.stream().mapToLong(Measure::getEstimatedCost).sum(), 0));
		}
		long total = rows.stream().mapToLong(Row::cost).sum();
		long budget = context.participation().getMeasuresBudget();
		long max = Math.max(budget, rows.stream().mapToLong(Row::cost).max().orElse(0));
		List<Row> scaled = rows.stream()
			.map(r -> new Row(r.name(), r.count(), r.cost(), Chapters.percentOf(r.cost(), max)))
			.toList();
		return chapters.chapter("measures/documentationChapters", "budget", context,
				Map.of("rows", scaled, "total", total, "budget", budget, "count", submitted.size()));
	}

	record Row(String name, int count, long cost, int percent) {
	}

}
