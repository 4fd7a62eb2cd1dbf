package de.teilhabe.documentation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.stereotype.Component;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Typesets the documentation page as an accessible PDF (PDF/UA: tagged, title and
 * language from the page), with DejaVu Sans embedded so umlauts, "ß" and "€" print
 * everywhere.
 */
@Component
class DocumentationPdf {

	static final String FONT_FAMILY = "DejaVu Sans";

	byte[] render(String xhtml) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.usePdfUaAccessbility(true);
		builder.useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
		builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
		builder.withHtmlContent(xhtml, null);
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static InputStream font(String file) {
		InputStream font = DocumentationPdf.class.getResourceAsStream("/fonts/" + file);
		if (font == null) {
			throw new IllegalStateException("Font missing from the classpath: " + file);
		}
		return font;
	}

}
