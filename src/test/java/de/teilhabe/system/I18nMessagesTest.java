package de.teilhabe.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** German and English messages are complete, and every key a template names exists. */
class I18nMessagesTest {

	private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[(}]");

	/**
	 * The app's message bundles (spring.messages.basename): messages.properties and one
	 * per feature.
	 */
	static List<String> bundles() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("src/main/resources"))) {
			return files.map(path -> path.getFileName().toString())
				.filter(name -> name.matches("([a-z]+-)?messages\\.properties"))
				.map(name -> name.substring(0, name.length() - ".properties".length()))
				.sorted()
				.toList();
		}
	}

	@Test
	void shouldConfigureEveryBundleAsMessageSource() throws IOException {
		String configuration = Files.readString(Path.of("src/main/resources/application.yml"));
		assertThat(bundles()).contains("messages", "form-messages")
			.allSatisfy(bundle -> assertThat(configuration).containsPattern("basename: .*\\b" + bundle + "\\b"));
	}

	@ParameterizedTest
	@MethodSource("bundles")
	void shouldHaveTheSameKeysInGermanAndEnglish(String bundle) throws IOException {
		Set<String> german = load(bundle + ".properties").stringPropertyNames();
		Set<String> english = load(bundle + "_en.properties").stringPropertyNames();

		assertThat(difference(german, english)).as("keys missing in English").isEmpty();
		assertThat(difference(english, german)).as("keys missing in German").isEmpty();
	}

	@Test
	void shouldDefineEveryKeyTheTemplatesUse() throws IOException {
		Set<String> german = new TreeSet<>();
		for (String bundle : bundles()) {
			german.addAll(load(bundle + ".properties").stringPropertyNames());
		}
		Set<String> used = new TreeSet<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
				Matcher matcher = LITERAL_KEY.matcher(Files.readString(template));
				while (matcher.find()) {
					used.add(matcher.group(1));
				}
			}
		}
		assertThat(used).isNotEmpty();
		assertThat(difference(used, german)).as("keys used in templates but not defined").isEmpty();
	}

	private static Set<String> difference(Set<String> a, Set<String> b) {
		Set<String> result = new TreeSet<>(a);
		result.removeAll(b);
		return result;
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = I18nMessagesTest.class.getClassLoader().getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
