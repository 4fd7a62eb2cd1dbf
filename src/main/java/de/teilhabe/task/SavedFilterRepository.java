package de.teilhabe.task;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SavedFilterRepository extends JpaRepository<SavedFilter, Long> {

	List<SavedFilter> findByUserIdOrderByName(String userId);

	Optional<SavedFilter> findByUserIdAndName(String userId, String name);

	Optional<SavedFilter> findByIdAndUserId(long id, String userId);

}
