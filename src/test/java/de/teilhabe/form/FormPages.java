package de.teilhabe.form;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a form view into a minimal page (h1, form, submit button) with the app's
 * template and stylesheet.
 */
final class FormPages {

	private static final SpringTemplateEngine ENGINE = engine();

	private FormPages() {
	}

	static String render(FormView view, Locale locale) {
		return ENGINE.process("page",
				new Context(locale, Map.of("formView", view, "lang", locale.getLanguage(), "css", "")));
	}

	/** With the app's stylesheet inlined, e.g. for checks of colour contrast. */
	static String renderStyled(FormView view, Locale locale) {
		return ENGINE.process("page",
				new Context(locale, Map.of("formView", view, "lang", locale.getLanguage(), "css", css())));
	}

	private static String css() {
		try {
			return Files.readString(Path.of("src/main/resources/static/css/teilhabe.css"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static SpringTemplateEngine engine() {
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.addTemplateResolver(resolver("templates/", 1));
		engine.addTemplateResolver(resolver("form-fixtures/", 2));
		return engine;
	}

	private static ClassLoaderTemplateResolver resolver(String prefix, int order) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix(prefix);
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCheckExistence(true);
		resolver.setOrder(order);
		return resolver;
	}

}
