package de.teilhabe.documentation;

import java.nio.charset.StandardCharsets;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The documentation as it would be published now, for the coordinator editing it and the
 * manager approving it.
 */
@Controller
@RequestMapping("/documentation/{documentationId}")
@PreAuthorize("hasAnyAuthority('GROUP_coordinator','GROUP_manager')")
class DocumentationPreviewController {

	private final DocumentationService documentation;

	DocumentationPreviewController(DocumentationService documentation) {
		this.documentation = documentation;
	}

	@GetMapping(value = "/preview", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> preview(@PathVariable long documentationId) {
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body(documentation.preview(documentationId));
	}

	@ExceptionHandler(DocumentationException.class)
	ResponseEntity<Void> unknown() {
		return ResponseEntity.notFound().build();
	}

	@GetMapping(value = "/preview.pdf")
	ResponseEntity<byte[]> previewPdf(@PathVariable long documentationId) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.body(documentation.pdf(documentation.preview(documentationId)));
	}

}
