package de.teilhabe.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void shouldAcceptALongPassphraseWithoutSpecialCharacters() {
		assertThat(policy.violation("koordination", "pferd batterie heftklammer")).isEmpty();
		assertThat(policy.violation("koordination", "Sieben Brücken über den Rhein")).isEmpty();
	}

	@Test
	void shouldRefuseShortPasswordsHoweverComplex() {
		assertThat(policy.violation("koordination", "X7$kq!2pL#9")).contains("password.tooShort");
		assertThat(policy.violation("koordination", null)).contains("password.tooShort");
		assertThat(policy.violation("koordination", "aaaaaaaaaaa")).contains("password.tooShort");
	}

	@Test
	void shouldCountCharactersAsTyped() {
		// twelve emoji are twelve characters, though Java counts 24 chars
		assertThat(policy.violation("koordination", "🌻".repeat(12))).isEmpty();
		assertThat(policy.violation("koordination", "🌻".repeat(11))).contains("password.tooShort");
	}

	@Test
	void shouldRefuseOverlongPasswords() {
		assertThat(policy.violation("koordination", "x".repeat(PasswordPolicy.MAX_LENGTH) + "y"))
			.contains("password.tooLong");
		assertThat(policy.violation("koordination", "wort ".repeat(25) + "abc")).isEmpty();
	}

	@Test
	void shouldRefuseTheUserNameInAnyCase() {
		assertThat(policy.violation("ag-sprache", "AG-Sprache-2026!")).contains("password.userName");
		assertThat(policy.violation("ag-sprache", "meine sprache ist deutsch")).isEmpty();
	}

	@Test
	void shouldRefuseTheMostCommonPasswordsAndTheDefaults() {
		assertThat(policy.violation("admin", "Bitte-Aendern")).contains("password.common");
		assertThat(policy.violation("koordination", "teilhabe2017")).contains("password.common");
		assertThat(policy.violation("koordination", "qwertyuiopasdf")).contains("password.common");
		assertThat(policy.violation("koordination", "123456789012")).contains("password.common");
	}

}
