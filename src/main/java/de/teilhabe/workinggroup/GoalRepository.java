package de.teilhabe.workinggroup;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface GoalRepository extends JpaRepository<Goal, Long> {

	List<Goal> findByWorkingGroupIdOrderByPosition(long workingGroupId);

	@Modifying
	@Query("delete from Goal g where g.workingGroupId = :workingGroupId")
	void deleteByWorkingGroupId(long workingGroupId);

}
