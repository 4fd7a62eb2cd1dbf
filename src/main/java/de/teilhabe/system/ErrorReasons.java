package de.teilhabe.system;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * Tells the error page why a request was refused, so a missing or outdated CSRF token (an
 * expired session, a form left open overnight) reads "form expired, nothing saved" rather
 * than "not allowed".
 */
@Component
class ErrorReasons extends DefaultErrorAttributes {

	static final String REASON = ErrorReasons.class.getName() + ".reason";

	/**
	 * Marks CSRF refusals for the error page; every refusal is a 403 that changed
	 * nothing.
	 */
	static AccessDeniedHandler accessDeniedHandler() {
		return (HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied) -> {
			if (denied instanceof CsrfException) {
				request.setAttribute(REASON, "csrf");
			}
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
		};
	}

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest webRequest, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(webRequest, options);
		Object reason = webRequest.getAttribute(REASON, RequestAttributes.SCOPE_REQUEST);
		if (reason != null) {
			attributes.put("reason", reason);
		}
		return attributes;
	}

}
