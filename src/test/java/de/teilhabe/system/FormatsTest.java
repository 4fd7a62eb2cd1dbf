package de.teilhabe.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** One rule per format, in German and in English. */
class FormatsTest {

	private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	private final Formats german = Formats.of(Locale.GERMANY, ZONE);

	private final Formats english = Formats.of(Locale.UK, ZONE);

	@Test
	void shouldWriteADate() {
		LocalDate day = LocalDate.of(2026, 12, 20);
		assertThat(german.date(day)).isEqualTo("20.12.2026");
		assertThat(english.date(day)).isEqualTo("20 Dec 2026");
		assertThat(german.weekdayDate(day)).isEqualTo("Sonntag, 20.12.2026");
		assertThat(english.weekdayDate(day)).isEqualTo("Sunday, 20 Dec 2026");
		assertThat(german.date("2026-12-03")).isEqualTo("03.12.2026");
	}

	@Test
	void shouldWriteATime() {
		assertThat(german.time(LocalTime.of(23, 59))).isEqualTo("23:59 Uhr");
		assertThat(english.time(LocalTime.of(23, 59))).isEqualTo("11:59 pm");
		assertThat(english.time("09:30")).isEqualTo("9:30 am");
		assertThat(german.timeRange(LocalTime.of(12, 0), LocalTime.of(16, 30))).isEqualTo("12:00–16:30 Uhr");
		assertThat(english.timeRange(LocalTime.of(12, 0), LocalTime.of(16, 30))).isEqualTo("12:00 pm–4:30 pm");
	}

	@Test
	void shouldWriteADateAndTimeInTheZoneOfTheClock() {
		assertThat(german.dateTime(LocalDateTime.of(2026, 12, 20, 23, 59, 59))).isEqualTo("20.12.2026, 23:59 Uhr");
		assertThat(english.dateTime("2026-12-20T23:59:59")).isEqualTo("20 Dec 2026, 11:59 pm");
		Instant instant = Instant.parse("2026-12-20T22:59:00Z");
		assertThat(german.dateTime(instant)).isEqualTo("20.12.2026, 23:59 Uhr");
		assertThat(german.dateTime(Date.from(instant))).isEqualTo("20.12.2026, 23:59 Uhr");
		assertThat(german.dateTime("2026-12-20T23:59:00+01:00")).isEqualTo("20.12.2026, 23:59 Uhr");
	}

	@Test
	void shouldWriteAnAmountInEuros() {
		assertThat(german.euros(124_000L)).isEqualTo("124.000 €");
		assertThat(english.euros(124_000L)).isEqualTo("€124,000");
		assertThat(german.euros(new BigDecimal("12.50"))).isEqualTo("12,50 €");
		assertThat(english.euros(new BigDecimal("124000.00"))).isEqualTo("€124,000");
	}

	@Test
	void shouldWriteCountsAndDecimals() {
		assertThat(german.count(1_204L)).isEqualTo("1.204");
		assertThat(english.count(1_204L)).isEqualTo("1,204");
		assertThat(german.decimal(3.25, 1)).isEqualTo("3,3");
		assertThat(english.decimal(3.25, 2)).isEqualTo("3.25");
		assertThat(german.percent(12.5)).isEqualTo("12,5 %");
		assertThat(english.percent(12.5)).isEqualTo("12.5%");
	}

	@Test
	void shouldWriteAProcessValueForItsReader() {
		assertThat(german.value("2026-12-20T23:59:59")).isEqualTo("20.12.2026, 23:59 Uhr");
		assertThat(english.value("2026-12-03")).isEqualTo("3 Dec 2026");
		assertThat(german.value(124_000L)).isEqualTo("124.000");
		assertThat(german.value("Ratssaal")).isEqualTo("Ratssaal");
		assertThat(german.value(null)).isEmpty();
	}

	@Test
	void shouldKeepTheDayOfADeadlineAndGiveTimersTheOffsetOfTheZone() {
		assertThat(FormValues.deadline("2017-06-23")).isEqualTo(LocalDateTime.of(2017, 6, 23, 23, 59, 59));
		assertThat(FormValues.deadline("2017-06-23T23:59:00+02:00")).isEqualTo(LocalDateTime.of(2017, 6, 23, 23, 59));
		assertThat(FormValues.timer(LocalDateTime.of(2017, 6, 23, 23, 59), ZONE))
			.isEqualTo("2017-06-23T23:59:00+02:00");
		assertThat(FormValues.timer(LocalDateTime.of(2017, 3, 10, 0, 0), ZONE)).isEqualTo("2017-03-10T00:00:00+01:00");
	}

}
