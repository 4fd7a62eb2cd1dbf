package de.teilhabe.documentation;

import java.nio.charset.StandardCharsets;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import de.teilhabe.participation.ParticipationAccess;

/**
 * The documentation as it would be published now, for the coordinator editing it and the
 * manager approving it; only for those who steer its participation.
 */
@Controller
@RequestMapping("/documentation/{documentationId}")
@PreAuthorize("hasAnyAuthority('GROUP_coordinator','GROUP_manager')")
class DocumentationPreviewController {

	private final DocumentationService documentation;

	private final ParticipationAccess access;

	DocumentationPreviewController(DocumentationService documentation, ParticipationAccess access) {
		this.documentation = documentation;
		this.access = access;
	}

	@GetMapping(value = "/preview", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> preview(@PathVariable long documentationId, Authentication user) {
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body(steeredPreview(documentationId, user));
	}

	@GetMapping(value = "/preview.pdf")
	ResponseEntity<byte[]> previewPdf(@PathVariable long documentationId, Authentication user) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.body(documentation.pdf(steeredPreview(documentationId, user)));
	}

	private String steeredPreview(long documentationId, Authentication user) {
		access.checkSteers(user, documentation.get(documentationId).getParticipationId());
		return documentation.preview(documentationId);
	}

}
