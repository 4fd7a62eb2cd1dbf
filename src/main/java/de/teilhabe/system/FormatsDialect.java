package de.teilhabe.system;

import java.util.Set;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * {@code #formats} in every template: {@link Formats} in the language of the page (or of
 * the mail or document being rendered).
 */
class FormatsDialect extends AbstractDialect implements IExpressionObjectDialect {

	private static final String NAME = "formats";

	private final UserFormats formats;

	FormatsDialect(UserFormats formats) {
		super("Teilhabe formats");
		this.formats = formats;
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of(NAME);
			}

			@Override
			public Object buildObject(IExpressionContext context, String expressionObjectName) {
				return NAME.equals(expressionObjectName) ? formats.in(context.getLocale()) : null;
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}

		};
	}

}
