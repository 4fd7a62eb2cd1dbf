package de.teilhabe.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A user who must change the password first (e.g. the first administrator, whose password
 * came from the environment) reaches nothing else until they have. It reads the sign-in's
 * authorities, so it costs no query per request.
 */
class PasswordChangeInterceptor implements HandlerInterceptor {

	static final String PAGE = "/profile/password";

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		if (PasswordController.required(SecurityContextHolder.getContext().getAuthentication())) {
			response.sendRedirect(request.getContextPath() + PAGE);
			return false;
		}
		return true;
	}

}
