package de.teilhabe.survey;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SurveyRepository extends JpaRepository<Survey, Long> {

	List<Survey> findByParticipationIdOrderByRound(long participationId);

	Optional<Survey> findByParticipationIdAndRound(long participationId, int round);

	Optional<Survey> findByParticipationIdAndStatus(long participationId, SurveyStatus status);

	Optional<Survey> findByPublicToken(String publicToken);

	List<Survey> findAllByOrderByParticipationIdDescRoundDesc();

	List<Survey> findByParticipationIdAndResultsPublishedTrueOrderByRound(long participationId);

	List<Survey> findByParticipationIdInOrderByParticipationIdDescRoundDesc(Collection<Long> participationIds);

	/**
	 * Counted in the database, so concurrent answers on several nodes are all counted.
	 */
	@Modifying
	@Query("update Survey s set s.responseCount = s.responseCount + 1 where s.id = :id")
	int incrementResponseCount(long id);

}
