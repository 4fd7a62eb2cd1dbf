package de.teilhabe.event;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What a coordinator plans on the event page, beyond the task form: motto, description,
 * contacts, programme.
 */
record EventDetails(String title, String motto, LocalDate date, String startTime, String endTime, String venue,
		String address, boolean presenceOnly, String description, String contactPersons, String pressAppointment,
		String previousDocumentationUrl, Integer capacity, LocalDateTime registrationDeadline,
		List<ProgrammeItem.Line> programme) {
}
