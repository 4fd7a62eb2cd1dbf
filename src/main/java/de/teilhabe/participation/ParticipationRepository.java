package de.teilhabe.participation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ParticipationRepository extends JpaRepository<Participation, Long> {

	boolean existsBySlug(String slug);

	boolean existsBySlugAndCreatedBy(String slug, String createdBy);

	Optional<Participation> findBySlug(String slug);

	Page<Participation> findAllByOrderByCreatedAtDesc(Pageable pageable);

	List<Participation> findBySlugIn(Collection<String> slugs);

	List<Participation> findByStatusOrderByTitle(ParticipationStatus status);

	@Query("select new de.teilhabe.participation.ProcessChoice(p.slug, p.title) from Participation p"
			+ " where p.status = :status order by p.title")
	List<ProcessChoice> findChoicesByStatus(ParticipationStatus status);

	List<Participation> findByCreatedBy(String createdBy);

	Page<Participation> findByIdInOrderByCreatedAtDesc(Collection<Long> ids, Pageable pageable);

	@Query("select p.slug from Participation p where p.createdBy = :userId")
	List<String> findSlugsByCreatedBy(String userId);

}
