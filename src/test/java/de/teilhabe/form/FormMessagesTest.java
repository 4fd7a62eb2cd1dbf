package de.teilhabe.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The form renderer's own texts exist in German and English, and every key its code names
 * is defined.
 */
class FormMessagesTest {

	private static final Path SOURCES = Path.of("src/main/java/de/teilhabe/form");

	private static final Pattern KEY = Pattern.compile("\"(camundaForm\\.[a-zA-Z.]*[a-zA-Z])\"");

	private static final Pattern ERROR_CODE = Pattern.compile("Parsed\\.error\\([^;]*?\"([a-zA-Z]+)\"");

	@Test
	void shouldHaveTheSameKeysInGermanAndEnglish() throws IOException {
		Set<String> german = load("form-messages.properties").stringPropertyNames();
		Set<String> english = load("form-messages_en.properties").stringPropertyNames();

		assertThat(new TreeSet<>(german)).isEqualTo(new TreeSet<>(english));
	}

	@Test
	void shouldDefineEveryKeyTheCodeUses() throws IOException {
		Set<String> used = new TreeSet<>();
		try (Stream<Path> sources = Files.list(SOURCES)) {
			for (Path source : sources.toList()) {
				String code = Files.readString(source);
				Matcher key = KEY.matcher(code);
				while (key.find()) {
					used.add(key.group(1));
				}
				Matcher error = ERROR_CODE.matcher(code);
				while (error.find()) {
					used.add("camundaForm.error." + error.group(1));
				}
			}
		}

		assertThat(used).contains("camundaForm.summary", "camundaForm.error.required", "camundaForm.error.option")
			.isSubsetOf(load("form-messages.properties").stringPropertyNames());
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = FormMessagesTest.class.getClassLoader().getResourceAsStream(name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
