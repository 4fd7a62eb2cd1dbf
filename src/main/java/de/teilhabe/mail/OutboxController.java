package de.teilhabe.mail;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;

/**
 * The administrator reads the outbox: every mail, its state and last error; without a
 * mail server, the mailbox.
 */
@Controller
@RequestMapping("/admin/outbox")
@PreAuthorize("hasAuthority('GROUP_admin')")
class OutboxController {

	static final String VIEW_LIST = "mail/outbox";

	static final String VIEW_MAIL = "mail/outboxMail";

	private static final int PAGE_SIZE = 50;

	private final MailOutbox outbox;

	private final OutboxMailRepository repository;

	OutboxController(MailOutbox outbox, OutboxMailRepository repository) {
		this.outbox = outbox;
		this.repository = repository;
	}

	@GetMapping
	String showOutbox(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("page", outbox.list(PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
		return VIEW_LIST;
	}

	@GetMapping("/{id}")
	String showMail(@PathVariable long id, Model model) {
		model.addAttribute("mail",
				repository.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return VIEW_MAIL;
	}

}
