package de.teilhabe.event;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * What a coordinator plans on the event page, beyond the task form: motto, description,
 * contacts, programme.
 */
record EventDetails(String title, String motto, LocalDate date, LocalTime startTime, LocalTime endTime, String venue,
		String address, boolean presenceOnly, String description, String contactPersons, String pressAppointment,
		String previousDocumentationUrl, Integer capacity, LocalDateTime registrationDeadline,
		List<ProgrammeItem.Line> programme) {
}
