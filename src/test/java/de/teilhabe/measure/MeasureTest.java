package de.teilhabe.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class MeasureTest {

	static final Instant NOW = Instant.parse("2018-06-01T10:00:00Z");

	@Test
	void aNegativeOrAbsurdCostIsRefused() {
		assertThatThrownBy(() -> measure(1, -1)).isInstanceOfSatisfying(MeasureException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("outcome.measure.cost.range"));
		assertThatThrownBy(() -> measure(1, Measure.MAX_COST + 1)).isInstanceOf(MeasureException.class);
		assertThat(measure(1, Measure.MAX_COST).getEstimatedCost()).isEqualTo(Measure.MAX_COST);
		assertThat(measure(1, 0).getEstimatedCost()).isZero();
	}

	@Test
	void onlyProposedMeasuresMergeAndNeverWithThemselves() {
		Measure kept = measure(1, 1_000);
		Measure duplicate = measure(2, 900);

		assertThatThrownBy(() -> kept.mergeInto(kept)).isInstanceOf(MeasureException.class);
		duplicate.mergeInto(kept);

		assertThat(duplicate.getStatus()).isEqualTo(MeasureStatus.MERGED);
		assertThat(duplicate.getMergedIntoId()).isEqualTo(1L);
		assertThatThrownBy(() -> measure(3, 10).mergeInto(duplicate)).isInstanceOfSatisfying(MeasureException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("outcome.measure.merge.notProposed"));
	}

	@Test
	void progressIsReportedOnAdoptedMeasuresOnlyWithinBounds() {
		Measure measure = measure(1, 12_000);
		ProgressReport fine = new ProgressReport(LocalDate.of(2018, 6, 1), MeasureStatus.IN_PROGRESS, 40, 4_800,
				"läuft");

		assertThatThrownBy(() -> measure.report(fine, "koordination", NOW)).isInstanceOfSatisfying(
				MeasureException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("outcome.measure.report.notAdopted"));
		measure.adopt(false);
		assertThatThrownBy(() -> measure.report(new ProgressReport(fine.date(), MeasureStatus.IN_PROGRESS, 101, 0, "x"),
				"koordination", NOW))
			.isInstanceOf(MeasureException.class);
		assertThatThrownBy(() -> measure.report(new ProgressReport(fine.date(), MeasureStatus.IN_PROGRESS, 10, -1, "x"),
				"koordination", NOW))
			.isInstanceOf(MeasureException.class);
		assertThatThrownBy(() -> measure.report(new ProgressReport(fine.date(), MeasureStatus.PROPOSED, 10, 0, "x"),
				"koordination", NOW))
			.isInstanceOf(MeasureException.class);
		assertThat(measure.getStatus()).isEqualTo(MeasureStatus.PLANNED);

		MeasureUpdate update = measure.report(fine, "koordination", NOW);
		assertThat(update.getProgressPercent()).isEqualTo(40);
		assertThat(measure.getSpentBudget()).isEqualTo(4_800);

		measure.report(new ProgressReport(fine.date(), MeasureStatus.DONE, 90, 11_000, "fertig"), "koordination", NOW);
		assertThat(measure.getProgressPercent()).as("done is 100 %").isEqualTo(100);
	}

	@Test
	void deferredMeasuresDoNotCountAndCanBeTakenBack() {
		Measure measure = measure(1, 6_500);

		measure.defer(true);
		assertThat(measure.getStatus().isSubmitted()).isFalse();
		assertThatThrownBy(() -> measure.defer(true)).isInstanceOf(MeasureException.class);
		measure.defer(false);
		assertThat(measure.getStatus()).isEqualTo(MeasureStatus.PROPOSED);
	}

	@Test
	void adoptedWithChangesPlansOnlyTheChosenMeasuresAndAPlainAdoptionPlansAll() {
		Measure chosen = measure(1, 12_000);
		Measure leftOut = measure(2, 6_500);
		Measure leftOutButAdoptedWithoutChanges = measure(3, 6_500);
		leftOut.chooseForCouncil(false);
		leftOutButAdoptedWithoutChanges.chooseForCouncil(false);

		chosen.adopt(true);
		leftOut.adopt(true);
		leftOutButAdoptedWithoutChanges.adopt(false);

		assertThat(chosen.getStatus()).isEqualTo(MeasureStatus.PLANNED);
		assertThat(leftOut.getStatus()).isEqualTo(MeasureStatus.NOT_ADOPTED);
		assertThat(leftOut.getStatus().isTracked()).isFalse();
		assertThat(leftOutButAdoptedWithoutChanges.getStatus()).isEqualTo(MeasureStatus.PLANNED);
		assertThatThrownBy(() -> chosen.chooseForCouncil(false)).isInstanceOfSatisfying(MeasureException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("outcome.measure.council.decided"));
	}

	private static Measure measure(long id, long cost) {
		Measure measure = new Measure(7, 3, 1,
				new NewMeasure("Sprachkursbörse", null, null, null, cost, Priority.HIGH, null, null));
		ReflectionTestUtils.setField(measure, "id", id);
		return measure;
	}

}
