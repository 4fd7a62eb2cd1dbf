package de.teilhabe.event;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import de.teilhabe.system.FormValues;

/** The coordinator's planning form of an event page. */
class EventDetailsForm {

	private static final String TIME = "^(([01][0-9]|2[0-3]):[0-5][0-9])?$";

	@NotBlank
	@Size(min = 5, max = 200)
	private String title;

	@Size(max = 300)
	private String motto;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	@Pattern(regexp = TIME)
	private String startTime;

	@Pattern(regexp = TIME)
	private String endTime;

	@NotBlank
	@Size(max = 300)
	private String venue;

	@Size(max = 300)
	private String address;

	private boolean presenceOnly;

	@Size(max = 10000)
	private String description;

	@Size(max = 2000)
	private String contactPersons;

	@Size(max = 500)
	private String pressAppointment;

	@Size(max = 500)
	@Pattern(regexp = "^(https?://\\S+)?$")
	private String previousDocumentationUrl;

	@Min(1)
	@Max(100000)
	private Integer capacity;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime registrationDeadline;

	@Size(max = 20000)
	private String programme;

	static EventDetailsForm of(ParticipationEvent event, List<ProgrammeItem> items) {
		EventDetailsForm form = new EventDetailsForm();
		form.title = event.getTitle();
		form.motto = event.getMotto();
		form.date = event.getEventDate();
		form.startTime = event.getStartTime() == null ? null : event.getStartTime().toString();
		form.endTime = event.getEndTime() == null ? null : event.getEndTime().toString();
		form.venue = event.getVenue();
		form.address = event.getAddress();
		form.presenceOnly = event.isPresenceOnly();
		form.description = event.getDescription();
		form.contactPersons = event.getContactPersons();
		form.pressAppointment = event.getPressAppointment();
		form.previousDocumentationUrl = event.getPreviousDocumentationUrl();
		form.capacity = event.getCapacity();
		form.registrationDeadline = event.getRegistrationDeadline();
		form.programme = items.stream()
			.map(item -> new ProgrammeItem.Line(item.getStartTime() == null ? null : item.getStartTime().toString(),
					item.getTitle(), item.getSpeakers())
				.format())
			.collect(Collectors.joining("\n"));
		return form;
	}

	boolean endsBeforeStart() {
		return startTime != null && endTime != null && !startTime.isEmpty() && !endTime.isEmpty()
				&& endTime.compareTo(startTime) <= 0;
	}

	boolean deadlineAfterEvent() {
		return registrationDeadline != null && date != null && registrationDeadline.toLocalDate().isAfter(date);
	}

	EventDetails toDetails() {
		List<ProgrammeItem.Line> lines = programme == null ? List.of()
				: Arrays.stream(programme.split("\\R"))
					.filter(line -> !line.isBlank())
					.map(ProgrammeItem.Line::parse)
					.toList();
		return new EventDetails(title.strip(), blank(motto), date, FormValues.time(startTime), FormValues.time(endTime),
				venue.strip(), blank(address), presenceOnly, blank(description), blank(contactPersons),
				blank(pressAppointment), blank(previousDocumentationUrl), capacity, registrationDeadline, lines);
	}

	/** Every programme line needs a title; the time, when given, is HH:MM. */
	boolean programmeValid() {
		return programme == null || Arrays.stream(programme.split("\\R"))
			.filter(line -> !line.isBlank())
			.map(ProgrammeItem.Line::parse)
			.allMatch(line -> !line.title().isBlank() && line.title().length() <= 300
					&& (line.startTime() == null || line.startTime().matches(TIME))
					&& (line.speakers() == null || line.speakers().length() <= 500));
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getMotto() {
		return motto;
	}

	public void setMotto(String motto) {
		this.motto = motto;
	}

	public LocalDate getDate() {
		return date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public String getStartTime() {
		return startTime;
	}

	public void setStartTime(String startTime) {
		this.startTime = startTime;
	}

	public String getEndTime() {
		return endTime;
	}

	public void setEndTime(String endTime) {
		this.endTime = endTime;
	}

	public String getVenue() {
		return venue;
	}

	public void setVenue(String venue) {
		this.venue = venue;
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public boolean isPresenceOnly() {
		return presenceOnly;
	}

	public void setPresenceOnly(boolean presenceOnly) {
		this.presenceOnly = presenceOnly;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getContactPersons() {
		return contactPersons;
	}

	public void setContactPersons(String contactPersons) {
		this.contactPersons = contactPersons;
	}

	public String getPressAppointment() {
		return pressAppointment;
	}

	public void setPressAppointment(String pressAppointment) {
		this.pressAppointment = pressAppointment;
	}

	public String getPreviousDocumentationUrl() {
		return previousDocumentationUrl;
	}

	public void setPreviousDocumentationUrl(String url) {
		this.previousDocumentationUrl = url;
	}

	public Integer getCapacity() {
		return capacity;
	}

	public void setCapacity(Integer capacity) {
		this.capacity = capacity;
	}

	public LocalDateTime getRegistrationDeadline() {
		return registrationDeadline;
	}

	public void setRegistrationDeadline(LocalDateTime registrationDeadline) {
		this.registrationDeadline = registrationDeadline;
	}

	public String getProgramme() {
		return programme;
	}

	public void setProgramme(String programme) {
		this.programme = programme;
	}

}
