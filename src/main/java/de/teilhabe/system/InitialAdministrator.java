package de.teilhabe.system;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates the role groups and, on a database without users, the first administrator. */
@Component
class InitialAdministrator {

	private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

	private final RoleGroups roleGroups;

	private final IdentityService identityService;

	private final AdminProperties properties;

	private final PasswordChanges passwordChanges;

	InitialAdministrator(RoleGroups roleGroups, IdentityService identityService, AdminProperties properties,
			PasswordChanges passwordChanges) {
		this.roleGroups = roleGroups;
		this.passwordChanges = passwordChanges;
		this.identityService = identityService;
		this.properties = properties;
	}

	@Order(0)
	@EventListener(ApplicationReadyEvent.class)
	void ensure() {
		roleGroups.ensure();
		if (identityService.createUserQuery().userId(properties.user()).count() > 0) {
			return;
		}
		if (properties.password() == null || properties.password().isBlank()) {
			if (identityService.createUserQuery().count() == 0) {
				log.warn("No users yet: set TEILHABE_ADMIN_PASSWORD to create the administrator '{}'",
						properties.user());
			}
			return;
		}
		User admin = identityService.newUser(properties.user());
		admin.setFirstName("Teilhabe");
		admin.setLastName("Administration");
		admin.setPassword(properties.password());
		identityService.saveUser(admin);
		for (Roles role : Roles.values()) {
			if (role != Roles.WG_LEAD) {
				identityService.createMembership(admin.getId(), role.groupId());
			}
		}
		// the password came through the environment (or is the compose default): known to
		// more than the administrator
		passwordChanges.require(admin.getId());
		log.info("Created the administrator '{}', who must choose a new password at the first sign-in",
				properties.user());
	}

}
