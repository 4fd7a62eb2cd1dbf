package de.teilhabe.demo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.teilhabe.system.RoleGroups;
import de.teilhabe.system.Roles;

/** The demo users, one or more per role; their password is printed in the README. */
@Component
public class DemoUsers {

	public static final String PASSWORD = "teilhabe2017";

	public static final String COORDINATOR = "koordination";

	public static final String MANAGER = "leitung";

	public static final String ADMIN = "admin";

	/** Working-group leads of the Leverkusen demo, by topic. */
	public static final Map<String, String> LEADS = leads();

	private final IdentityService identityService;

	private final RoleGroups roleGroups;

	DemoUsers(IdentityService identityService, RoleGroups roleGroups) {
		this.identityService = identityService;
		this.roleGroups = roleGroups;
	}

	/** Creates what is missing; running it again changes nothing. */
	@Transactional
	public void create() {
		create(Cast.DEMO);
		user(ADMIN, "System", "Administration", Roles.ADMIN);
	}

	/**
	 * Creates the users of a cast that are missing, with the demo password; running it
	 * again changes nothing.
	 */
	@Transactional
	public void create(Cast cast) {
		roleGroups.ensure();
		user(cast.coordinator(), "Kommunales", "Integrationszentrum", Roles.COORDINATOR);
		user(cast.manager(), "Markus", "Märtens", Roles.MANAGER);
		cast.leads().forEach((topic, lead) -> user(lead, "AG-Leitung", topic, Roles.WG_LEAD));
	}

	private void user(String id, String firstName, String lastName, Roles role) {
		if (identityService.createUserQuery().userId(id).count() == 0) {
			User user = identityService.newUser(id);
			user.setFirstName(firstName);
			user.setLastName(lastName);
			user.setEmail(id + "@teilhabe.example");
			user.setPassword(PASSWORD);
			identityService.saveUser(user);
			identityService.createMembership(id, role.groupId());
		}
	}

	private static Map<String, String> leads() {
		Map<String, String> leads = new LinkedHashMap<>();
		List<String> ids = List.of("ag-sprache", "ag-bildung", "ag-arbeit", "ag-wohnen", "ag-gesundheit",
				"ag-engagement", "ag-dialog", "ag-senioren");
		for (int i = 0; i < ids.size(); i++) {
			leads.put(LeverkusenDemo.TOPICS.get(i), ids.get(i));
		}
		return Collections.unmodifiableMap(leads);
	}

}
