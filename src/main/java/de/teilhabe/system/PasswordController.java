package de.teilhabe.system;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A user changes their own password: after a first sign-in with a password someone else
 * set, before anything else.
 */
@Controller
class PasswordController {

	static final String VIEW = "profile/password";

	private final PasswordChanges passwordChanges;

	private final PasswordPolicy policy;

	private final SignInThrottle throttle;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	PasswordController(PasswordChanges passwordChanges, PasswordPolicy policy, SignInThrottle throttle) {
		this.passwordChanges = passwordChanges;
		this.policy = policy;
		this.throttle = throttle;
	}

	@GetMapping("/profile/password")
	String initChangeForm(Authentication user, Model model) {
		model.addAttribute("passwordForm", new PasswordForm());
		return view(user, model);
	}

	@PostMapping("/profile/password")
	String processChangeForm(@ModelAttribute("passwordForm") PasswordForm form, BindingResult result,
			Authentication user, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		String userId = user.getName();
		// the current password is guessed no faster here than at the sign-in
		SignInThrottle.Claim claim = throttle.claim(userId, request.getRemoteAddr());
		if (!claim.allowed()) {
			result.rejectValue("currentPassword", "password.wait", new Object[] { seconds(claim) }, null);
		}
		else if (!passwordChanges.passwordMatches(userId, form.getCurrentPassword())) {
			result.rejectValue("currentPassword", "password.currentWrong", new Object[] { seconds(claim) }, null);
		}
		else {
			throttle.succeeded(userId, request.getRemoteAddr());
		}
		policy.violation(userId, form.getNewPassword())
			.ifPresent(key -> result.rejectValue("newPassword", key,
					new Object[] { PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH }, null));
		if (!result.hasFieldErrors("newPassword") && form.getNewPassword() != null
				&& !form.getNewPassword().equals(form.getRepeatPassword())) {
			result.rejectValue("repeatPassword", "password.repeatDiffers");
		}
		if (!result.hasFieldErrors("newPassword") && form.getNewPassword() != null
				&& form.getNewPassword().equals(form.getCurrentPassword())) {
			result.rejectValue("newPassword", "password.unchanged");
		}
		if (result.hasErrors()) {
			form.setCurrentPassword(null);
			form.setNewPassword(null);
			form.setRepeatPassword(null);
			return view(user, model);
		}
		passwordChanges.change(userId, form.getNewPassword(), request.getSession().getId());
		withoutRequiredChange(user, request, response);
		redirect.addFlashAttribute("message", "password.changed");
		return "redirect:/tasks";
	}

	private static String view(Authentication user, Model model) {
		model.addAttribute("required", required(user));
		model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
		model.addAttribute("maxLength", PasswordPolicy.MAX_LENGTH);
		return VIEW;
	}

	static boolean required(Authentication user) {
		return user != null && user.getAuthorities()
			.stream()
			.anyMatch(authority -> PasswordChanges.REQUIRED_AUTHORITY.equals(authority.getAuthority()));
	}

	/** The signed-in user's roles stay; only the demand to change the password goes. */
	private void withoutRequiredChange(Authentication user, HttpServletRequest request, HttpServletResponse response) {
		List<GrantedAuthority> authorities = user.getAuthorities()
			.stream()
			.filter(authority -> !PasswordChanges.REQUIRED_AUTHORITY.equals(authority.getAuthority()))
			.map(GrantedAuthority.class::cast)
			.toList();
		UsernamePasswordAuthenticationToken changed = UsernamePasswordAuthenticationToken.authenticated(user.getName(),
				null, authorities);
		changed.setDetails(user.getDetails());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(changed);
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
	}

	private static long seconds(SignInThrottle.Claim claim) {
		return new SignInDelayedException(claim.delay()).seconds();
	}

}
