package de.teilhabe.workinggroup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.teilhabe.system.Roles;

/** Sets up working groups and keeps what they produced. */
@Service
public class WorkingGroupService {

	private final WorkingGroupRepository groups;

	private final GoalRepository goals;

	private final IdentityService identityService;

	WorkingGroupService(WorkingGroupRepository groups, GoalRepository goals, IdentityService identityService) {
		this.groups = groups;
		this.goals = goals;
		this.identityService = identityService;
	}

	/**
	 * Creates the groups and, for each, an engine group {@code wg-<id>} with its lead as
	 * member: the candidate group of that working group's tasks, so a lead sees only
	 * their own group's work.
	 */
	@Transactional
	public List<WorkingGroup> create(long participationId, List<NewWorkingGroup> requested) {
		Set<String> names = new HashSet<>();
		for (NewWorkingGroup group : requested) {
			if (group.name() == null || group.name().isBlank() || group.topic() == null || group.topic().isBlank()) {
				throw new IllegalArgumentException("A working group needs a name and a topic");
			}
			if (!names.add(group.name())) {
				throw new IllegalArgumentException("Two working groups are named " + group.name());
			}
			if (group.lead() == null || identityService.createUserQuery().userId(group.lead()).count() == 0) {
				throw new IllegalArgumentException("Unknown lead " + group.lead() + " for " + group.name());
			}
		}
		List<WorkingGroup> created = new ArrayList<>();
		for (NewWorkingGroup request : requested) {
			WorkingGroup group = groups
				.saveAndFlush(new WorkingGroup(participationId, request.name(), request.topic(), request.lead()));
			group.assignCandidateGroup();
			Group engineGroup = identityService.newGroup(group.getCandidateGroup());
			engineGroup.setName(request.name());
			engineGroup.setType("WORKING_GROUP");
			identityService.saveGroup(engineGroup);
			identityService.createMembership(request.lead(), group.getCandidateGroup());
			if (identityService.createUserQuery()
				.userId(request.lead())
				.memberOfGroup(Roles.WG_LEAD.groupId())
				.count() == 0) {
				identityService.createMembership(request.lead(), Roles.WG_LEAD.groupId());
			}
			created.add(group);
		}
		return created;
	}

	/**
	 * Replaces the group's goals with what its lead entered and notes how many measures
	 * came with them; the measures are the measure module's, which stores them and then
	 * calls this.
	 */
	@Transactional
	public void recordResults(long workingGroupId, List<? extends Map<?, ?>> goalEntries, int measureCount) {
		WorkingGroup group = get(workingGroupId);
		goals.deleteByWorkingGroupId(workingGroupId);
		goals.flush();
		int position = 1;
		for (Map<?, ?> entry : goalEntries) {
			Object title = entry.get("title");
			Object description = entry.get("description");
			goals.save(new Goal(workingGroupId, position++, title == null ? null : title.toString(),
					description == null ? null : description.toString()));
		}
		group.resultsRecorded(measureCount);
	}

	@Transactional(readOnly = true)
	public List<WorkingGroup> ofParticipation(long participationId) {
		return groups.findByParticipationIdOrderById(participationId);
	}

	@Transactional(readOnly = true)
	public Map<Long, String> namesById(Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		groups.findAllById(ids).forEach(group -> names.put(group.getId(), group.getName()));
		return names;
	}

	@Transactional(readOnly = true)
	public List<Goal> goalsOf(long workingGroupId) {
		return goals.findByWorkingGroupIdOrderByPosition(workingGroupId);
	}

	@Transactional(readOnly = true)
	public WorkingGroup get(long id) {
		return groups.findById(id).orElseThrow(() -> new IllegalArgumentException("No working group " + id));
	}

}
