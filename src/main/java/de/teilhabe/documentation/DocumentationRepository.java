package de.teilhabe.documentation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentationRepository extends JpaRepository<Documentation, Long> {

	Optional<Documentation> findFirstByParticipationIdOrderByVersionDesc(long participationId);

	Optional<Documentation> findByParticipationIdAndVersion(long participationId, int version);

	List<Documentation> findByParticipationIdAndStatusOrderByVersionDesc(long participationId,
			DocumentationStatus status);

}
