package de.teilhabe.event;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import de.teilhabe.system.Formats;

/** A workshop or conference of a participation process. */
@Entity
@Table(name = "participation_event")
public class ParticipationEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long participationId;

	@Enumerated(EnumType.STRING)
	private EventKind kind;

	private String title;

	private LocalDate eventDate;

	private LocalTime startTime;

	private LocalTime endTime;

	private String venue;

	private Integer capacity;

	private LocalDateTime registrationDeadline;

	@Enumerated(EnumType.STRING)
	private RegistrationStatus registrationStatus;

	private long registrationCount;

	private Long attendance;

	private String outcome;

	private int postponedCount;

	private String postponeReason;

	private String motto;

	private String description;

	private String address;

	private boolean presenceOnly;

	private String contactPersons;

	private String pressAppointment;

	private String previousDocumentationUrl;

	private long waitlistCount;

	protected ParticipationEvent() {
	}

	ParticipationEvent(long participationId, EventKind kind, String title, LocalDate eventDate, String venue) {
		this.participationId = participationId;
		this.kind = kind;
		this.title = title;
		this.eventDate = eventDate;
		this.venue = venue;
		this.registrationStatus = RegistrationStatus.NONE;
	}

	void plan(LocalTime startTime, LocalTime endTime, Integer capacity) {
		this.startTime = startTime;
		this.endTime = endTime;
		this.capacity = capacity;
	}

	void openRegistration(LocalDateTime deadline) {
		this.registrationDeadline = deadline;
		this.registrationStatus = RegistrationStatus.OPEN;
	}

	void closeRegistration() {
		if (registrationStatus != RegistrationStatus.OPEN) {
			throw new IllegalStateException("Registration of event " + id + " is not open");
		}
		this.registrationStatus = RegistrationStatus.CLOSED;
	}

	void postpone(LocalDate newDate, String reason) {
		this.eventDate = newDate;
		this.postponeReason = reason;
		this.postponedCount++;
	}

	/**
	 * The details a coordinator adds on the event page; the programme is kept by
	 * {@link ProgrammeItem}.
	 */
	void describe(EventDetails details) {
		if (details.capacity() != null && details.capacity() < registrationCount) {
			throw new IllegalArgumentException("Capacity below the confirmed registrations");
		}
		this.title = details.title();
		this.motto = details.motto();
		this.eventDate = details.date();
		this.startTime = details.startTime();
		this.endTime = details.endTime();
		this.venue = details.venue();
		this.address = details.address();
		this.presenceOnly = details.presenceOnly();
		this.description = details.description();
		this.contactPersons = details.contactPersons();
		this.pressAppointment = details.pressAppointment();
		this.previousDocumentationUrl = details.previousDocumentationUrl();
		this.capacity = details.capacity();
		if (details.registrationDeadline() != null) {
			this.registrationDeadline = details.registrationDeadline();
		}
	}

	/**
	 * Whether someone may register online now (the coordinator may add people at any
	 * time).
	 */
	boolean acceptsRegistrations(LocalDateTime now) {
		return registrationStatus == RegistrationStatus.OPEN && !deadlinePassed(now)
				&& !eventDate.isBefore(now.toLocalDate());
	}

	boolean deadlinePassed(LocalDateTime now) {
		return registrationDeadline != null && now.isAfter(registrationDeadline);
	}

	/**
	 * The day and the time as mails and calendar entries write them:
	 * {@code Freitag, 30.06.2017, 15:00–19:00 Uhr}.
	 */
	String when(Formats format) {
		return format.weekdayDate(eventDate) + (startTime == null ? "" : ", " + format.timeRange(startTime, endTime));
	}

	public boolean isFull() {
		return capacity != null && registrationCount >= capacity;
	}

	/**
	 * Takes one place if there is one (true), else one more on the waitlist (false).
	 * Called under the row lock.
	 */
	boolean admitOne() {
		if (isFull()) {
			waitlistCount++;
			return false;
		}
		registrationCount++;
		return true;
	}

	/** A confirmed registrant cancelled. */
	void releasePlace() {
		if (registrationCount == 0) {
			throw new IllegalStateException("No confirmed registration to release in event " + id);
		}
		registrationCount--;
	}

	/** A waitlisted registrant cancelled or was promoted. */
	void leaveWaitlist() {
		if (waitlistCount == 0) {
			throw new IllegalStateException("Nobody on the waitlist of event " + id);
		}
		waitlistCount--;
	}

	/** The first on the waitlist takes a free place. */
	void promoteFromWaitlist() {
		if (isFull()) {
			throw new IllegalStateException("Event " + id + " has no free place");
		}
		leaveWaitlist();
		registrationCount++;
	}

	void recordAttendance(long attendance) {
		if (attendance < 0) {
			throw new IllegalArgumentException("Attendance cannot be negative");
		}
		this.attendance = attendance;
	}

	void recordOutcome(String outcome, long participants) {
		this.outcome = outcome;
		recordAttendance(participants);
	}

	public Long getId() {
		return id;
	}

	public Long getParticipationId() {
		return participationId;
	}

	public EventKind getKind() {
		return kind;
	}

	public String getTitle() {
		return title;
	}

	public LocalDate getEventDate() {
		return eventDate;
	}

	public LocalTime getStartTime() {
		return startTime;
	}

	public LocalTime getEndTime() {
		return endTime;
	}

	public String getVenue() {
		return venue;
	}

	public Integer getCapacity() {
		return capacity;
	}

	public LocalDateTime getRegistrationDeadline() {
		return registrationDeadline;
	}

	public RegistrationStatus getRegistrationStatus() {
		return registrationStatus;
	}

	public long getRegistrationCount() {
		return registrationCount;
	}

	public Long getAttendance() {
		return attendance;
	}

	public String getOutcome() {
		return outcome;
	}

	public int getPostponedCount() {
		return postponedCount;
	}

	public String getPostponeReason() {
		return postponeReason;
	}

	public String getMotto() {
		return motto;
	}

	public String getDescription() {
		return description;
	}

	public String getAddress() {
		return address;
	}

	public boolean isPresenceOnly() {
		return presenceOnly;
	}

	public String getContactPersons() {
		return contactPersons;
	}

	public String getPressAppointment() {
		return pressAppointment;
	}

	public String getPreviousDocumentationUrl() {
		return previousDocumentationUrl;
	}

	public long getWaitlistCount() {
		return waitlistCount;
	}

	public Integer getFreePlaces() {
		return capacity == null ? null : (int) Math.max(0, capacity - registrationCount);
	}

}
