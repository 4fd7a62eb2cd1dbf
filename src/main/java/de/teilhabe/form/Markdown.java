package de.teilhabe.form;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown of text components as HTML. Raw HTML is escaped, link targets sanitised, and
 * headings moved down so the form's highest heading is an {@code h2} under the page's
 * {@code h1} (headings left empty by templating vanish).
 */
final class Markdown {

	private static final Parser PARSER = Parser.builder().build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

	private Markdown() {
	}

	static String toHtml(String markdown, int headingShift) {
		Node document = PARSER.parse(markdown);
		List<Heading> headings = new ArrayList<>();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Heading heading) {
				headings.add(heading);
			}
		});
		for (Heading heading : headings) {
			if (textOf(heading).isBlank()) {
				heading.unlink();
			}
			else {
				heading.setLevel(Math.max(2, Math.min(6, heading.getLevel() + headingShift)));
			}
		}
		return RENDERER.render(document);
	}

	/** The highest (smallest) heading level, 0 when there is none. */
	static int highestHeading(String markdown) {
		int[] highest = { 0 };
		PARSER.parse(markdown).accept(new AbstractVisitor() {
			@Override
			public void visit(Heading heading) {
				if (highest[0] == 0 || heading.getLevel() < highest[0]) {
					highest[0] = heading.getLevel();
				}
			}
		});
		return highest[0];
	}

	/**
	 * A value to put into markdown as literal text: every ASCII punctuation character is
	 * backslash-escaped.
	 */
	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (PUNCTUATION.indexOf(c) >= 0) {
				escaped.append('\\');
			}
			escaped.append(c);
		}
		return escaped.toString();
	}

	private static String textOf(Node node) {
		StringBuilder text = new StringBuilder();
		node.accept(new AbstractVisitor() {
			@Override
			public void visit(Text t) {
				text.append(t.getLiteral());
			}

			@Override
			public void visit(Code code) {
				text.append(code.getLiteral());
			}
		});
		return text.toString();
	}

}
