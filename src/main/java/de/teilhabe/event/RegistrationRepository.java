package de.teilhabe.event;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RegistrationRepository extends JpaRepository<Registration, Long> {

	boolean existsByEventIdAndEmailKey(long eventId, String emailKey);

	Optional<Registration> findByCancelToken(String cancelTokenHash);

	@Query("select r.eventId from Registration r where r.cancelToken = :hash")
	Optional<Long> findEventIdByCancelToken(String hash);

	/**
	 * Arrival order: ids come from an identity column, assigned while the event row is
	 * locked.
	 */
	List<Registration> findByEventIdOrderById(long eventId);

	Optional<Registration> findFirstByEventIdAndStatusOrderById(long eventId, RegistrationState status);

	List<Registration> findByEventIdInAndAnonymisedAtIsNull(List<Long> eventIds);

	long countByEventIdAndCheckedInTrue(long eventId);

	@Query("select r.participantGroup, r.status, count(r) from Registration r where r.eventId = :eventId"
			+ " group by r.participantGroup, r.status")
	List<Object[]> countByGroupAndStatus(long eventId);

}
