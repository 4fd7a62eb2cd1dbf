package de.teilhabe.system;

import org.camunda.bpm.engine.impl.digest.PasswordEncryptor;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Lets the engine's identity service (where users and groups live, so candidate groups
 * work) hash passwords with bcrypt instead of its default salted SHA-512. Hashes from
 * before stay readable through Camunda's default checker.
 */
class BCryptPasswordEncryptor implements PasswordEncryptor {

	private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();

	@Override
	public String encrypt(String password) {
		return encoder.encode(password);
	}

	@Override
	public boolean check(String password, String encrypted) {
		return encoder.matches(password, encrypted);
	}

	@Override
	public String hashAlgorithmName() {
		return "BCRYPT";
	}

}
