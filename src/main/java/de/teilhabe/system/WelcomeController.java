package de.teilhabe.system;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class WelcomeController {

	@GetMapping("/")
	String welcome() {
		return "welcome";
	}

	/**
	 * The wait comes from the failed attempt's redirect; it is only ever shown, so a
	 * tampered one misleads nobody but its author.
	 */
	@GetMapping("/login")
	String login(@RequestParam(name = "wait", required = false) String wait, Model model) {
		if (wait != null && wait.matches("\\d{1,5}")) {
			model.addAttribute("wait", Integer.parseInt(wait));
		}
		return "login";
	}

}
