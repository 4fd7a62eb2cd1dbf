package de.teilhabe.participation;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ParticipationRepository extends JpaRepository<Participation, Long> {

	boolean existsBySlug(String slug);

	Optional<Participation> findBySlug(String slug);

	Page<Participation> findAllByOrderByCreatedAtDesc(Pageable pageable);

}
