package de.teilhabe.form;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The repository's forms, test fixtures, and a binder with the real messages and a fixed
 * day.
 */
final class FormFixtures {

	static final Path FORMS = Path.of("forms");

	static final LocalDate TODAY = LocalDate.of(2017, 6, 1);

	static final Locale GERMAN = Locale.GERMAN;

	private FormFixtures() {
	}

	static List<Path> repositoryForms() {
		try (Stream<Path> files = Files.list(FORMS)) {
			return files.filter(p -> p.toString().endsWith(".form")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A form of the repository's {@code forms/} folder, e.g. {@code design-survey}. */
	static FormDefinition form(String name) {
		return parse(FORMS.resolve(name + ".form"));
	}

	static FormDefinition parse(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return new FormParser().parse(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A form of {@code src/test/resources/form-fixtures/}. */
	static FormDefinition fixture(String name) {
		try (InputStream in = FormFixtures.class.getResourceAsStream("/form-fixtures/" + name + ".form")) {
			return new FormParser().parse(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages", "form-messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	static FormBinder binder() {
		return new FormBinder(new FeelExpressions(), messages(),
				Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()));
	}

	/** Parameters as a browser sends them: name, value, name, value, ... */
	static MultiValueMap<String, String> params(String... namesAndValues) {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			params.add(namesAndValues[i], namesAndValues[i + 1]);
		}
		return params;
	}

}
