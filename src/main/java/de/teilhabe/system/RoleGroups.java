package de.teilhabe.system;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The engine groups behind {@link Roles}; user tasks name them as candidate groups. */
@Component
public class RoleGroups {

	private final IdentityService identityService;

	RoleGroups(IdentityService identityService) {
		this.identityService = identityService;
	}

	/** Creates the missing ones; running it again changes nothing. */
	@Transactional
	public void ensure() {
		group(Roles.COORDINATOR, "Koordination");
		group(Roles.MANAGER, "Leitung");
		group(Roles.WG_LEAD, "AG-Leitungen");
		group(Roles.ADMIN, "Administration");
	}

	private void group(Roles role, String name) {
		if (identityService.createGroupQuery().groupId(role.groupId()).count() == 0) {
			Group group = identityService.newGroup(role.groupId());
			group.setName(name);
			group.setType("ROLE");
			identityService.saveGroup(group);
		}
	}

}
