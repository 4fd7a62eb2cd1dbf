package de.teilhabe.event;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

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

	private String startTime;

	private String endTime;

	private String venue;

	private Integer capacity;

	private String registrationDeadline;

	@Enumerated(EnumType.STRING)
	private RegistrationStatus registrationStatus;

	private long registrationCount;

	private Long attendance;

	private String outcome;

	private int postponedCount;

	private String postponeReason;

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

	void plan(String startTime, String endTime, Integer capacity) {
		this.startTime = startTime;
		this.endTime = endTime;
		this.capacity = capacity;
	}

	void openRegistration(String deadline) {
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

	public String getStartTime() {
		return startTime;
	}

	public String getEndTime() {
		return endTime;
	}

	public String getVenue() {
		return venue;
	}

	public Integer getCapacity() {
		return capacity;
	}

	public String getRegistrationDeadline() {
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

}
