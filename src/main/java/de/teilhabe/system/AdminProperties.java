package de.teilhabe.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first administrator, created at start-up when nobody has that user name yet (e.g. a
 * fresh PostgreSQL).
 *
 * @param user user name ({@code TEILHABE_ADMIN_USER})
 * @param password initial password ({@code TEILHABE_ADMIN_PASSWORD}); without one, no
 * administrator is created
 */
@ConfigurationProperties("teilhabe.admin")
record AdminProperties(@DefaultValue("admin") String user, String password) {
}
