package de.teilhabe.council;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CouncilDecisionRepository extends JpaRepository<CouncilDecision, Long> {

	List<CouncilDecision> findByParticipationIdOrderByRecordedAt(long participationId);

}
