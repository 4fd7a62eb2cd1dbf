package de.teilhabe.mail;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

	@Query("select m.id from OutboxMail m where m.status = de.teilhabe.mail.MailStatus.PENDING"
			+ " and m.nextAttemptAt <= :now and (m.claimedUntil is null or m.claimedUntil < :now) order by m.id")
	List<Long> findDue(@Param("now") Instant now, Pageable page);

	/**
	 * Claims a due mail for one sender: of several nodes that try at once exactly one
	 * updates the row, so each mail is handed to the mail server by one node only. Counts
	 * the attempt.
	 */
	@Modifying
	@Query("update OutboxMail m set m.claimedUntil = :until, m.attempts = m.attempts + 1 where m.id = :id"
			+ " and m.status = de.teilhabe.mail.MailStatus.PENDING and m.nextAttemptAt <= :now"
			+ " and (m.claimedUntil is null or m.claimedUntil < :now)")
	int claim(@Param("id") long id, @Param("now") Instant now, @Param("until") Instant until);

	Page<OutboxMail> findAllByOrderByIdDesc(Pageable page);

	List<OutboxMail> findByRecipientOrderById(String recipient);

}
