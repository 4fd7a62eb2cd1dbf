package de.teilhabe.system;

import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.ModelFactory;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Turns every {@link RefusedException} into a page that says why, with nothing changed
 * (the service's transaction rolled back) and no stack trace. Controllers catch no
 * refusals; each handler that may be refused names its page with {@link OnRefusal}:
 * <ul>
 * <li>{@link OnRefusal#show()}: the form's GET page is rendered again in this response,
 * as if it had been reached by a redirect: the message (and the submitted form with its
 * errors) arrive as the page's input flash attributes. A refusal that names a field
 * becomes a field error on the form's {@link BindingResult}, next to the field; one
 * without a field (or a handler without a form) goes to the top as {@code error} (with
 * {@code errorArguments}). The GET handler therefore adds its empty form only when the
 * model has none yet.</li>
 * <li>{@link OnRefusal#redirectTo()}: a redirect to that page with the same flash
 * attributes, for buttons, whose page has no input to keep.</li>
 * <li>no annotation: a redirect to the task list with the message at the top.</li>
 * </ul>
 * The form is the handler's {@code @ModelAttribute} parameter as bound (its binder is
 * kept for the request by {@link #keepForm}), so what the user typed is shown again
 * exactly. Forms are shown in the same response rather than after a redirect because a
 * redirect's flash attributes live in the session, and the public pages (registration,
 * press RSVP, cancel link) give their visitors none. The page's own GET handler builds
 * it, with its own access checks, so no controller describes a page twice.
 */
@ControllerAdvice
class RefusalAdvice {

	/** The message key of a refusal without a field, for the layout's top message. */
	static final String ERROR = "error";

	static final String ERROR_ARGUMENTS = "errorArguments";

	static final String FALLBACK = "/tasks";

	private static final String BINDERS = RefusalAdvice.class.getName() + ".binders";

	private final ObjectProvider<RequestMappingHandlerMapping> mapping;

	private final ObjectProvider<RequestMappingHandlerAdapter> adapter;

	RefusalAdvice(@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mapping,
			ObjectProvider<RequestMappingHandlerAdapter> adapter) {
		this.mapping = mapping;
		this.adapter = adapter;
	}

	/**
	 * Keeps each form's binder for the request, so a refusal can show the input again.
	 */
	@InitBinder
	void keepForm(WebDataBinder binder, WebRequest request) {
		// a form built through its constructor gets its target only after this
		@SuppressWarnings("unchecked")
		Map<String, WebDataBinder> binders = (Map<String, WebDataBinder>) request.getAttribute(BINDERS,
				RequestAttributes.SCOPE_REQUEST);
		if (binders == null) {
			binders = new HashMap<>();
			request.setAttribute(BINDERS, binders, RequestAttributes.SCOPE_REQUEST);
		}
		binders.put(binder.getObjectName(), binder);
	}

	@ExceptionHandler(RefusedException.class)
	ModelAndView refused(RefusedException refused, HandlerMethod handler, HttpServletRequest request,
			HttpServletResponse response) throws Exception {
		Map<String, Object> attributes = attributes(refused, form(handler, request));
		OnRefusal on = handler == null ? null : handler.getMethodAnnotation(OnRefusal.class);
		if (on != null && !on.show().isEmpty()) {
			return show(page(on.show(), request), attributes, request, response);
		}
		RequestContextUtils.getOutputFlashMap(request).putAll(attributes);
		String target = on != null && !on.redirectTo().isEmpty() ? page(on.redirectTo(), request).toUriString()
				: FALLBACK;
		return new ModelAndView("redirect:" + target);
	}

	private static Map<String, Object> attributes(RefusedException refused, BindingResult form) {
		Map<String, Object> attributes = new LinkedHashMap<>();
		if (form != null && refused.field().isPresent()) {
			form.rejectValue(refused.field().get(), refused.messageKey(), refused.arguments(), null);
		}
		else {
			attributes.put(ERROR, refused.messageKey());
			if (refused.arguments().length > 0) {
				attributes.put(ERROR_ARGUMENTS, refused.arguments());
			}
		}
		if (form != null) {
			attributes.put(form.getObjectName(), form.getTarget());
			attributes.put(BindingResult.MODEL_KEY_PREFIX + form.getObjectName(), form);
		}
		return attributes;
	}

	/** The handler's form as bound, with its validation errors; null if it has none. */
	private static BindingResult form(HandlerMethod handler, HttpServletRequest request) {
		@SuppressWarnings("unchecked")
		Map<String, WebDataBinder> binders = (Map<String, WebDataBinder>) request.getAttribute(BINDERS);
		if (handler == null || binders == null) {
			return null;
		}
		for (MethodParameter parameter : handler.getMethodParameters()) {
			if (parameter.hasParameterAnnotation(ModelAttribute.class)) {
				WebDataBinder binder = binders.get(ModelFactory.getNameForParameter(parameter));
				if (binder != null && binder.getTarget() != null) {
					return binder.getBindingResult();
				}
			}
		}
		return null;
	}

	@SuppressWarnings("unchecked")
	private static UriComponents page(String template, HttpServletRequest request) {
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		return UriComponentsBuilder.fromUriString(template)
			.buildAndExpand(variables == null ? Map.of() : variables)
			.encode();
	}

	/**
	 * Renders the GET page in this response: its handler runs as for a GET request of
	 * that page, with the attributes as its input flash map.
	 */
	private ModelAndView show(UriComponents page, Map<String, Object> attributes, HttpServletRequest request,
			HttpServletResponse response) throws Exception {
		PageRequest get = new PageRequest(request, page);
		get.setAttribute(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, Collections.unmodifiableMap(attributes));
		ServletRequestPathUtils.parseAndCache(get);
		HandlerExecutionChain chain = this.mapping.getObject().getHandler(get);
		if (chain == null) {
			throw new IllegalStateException("No page " + page + " to show a refusal on");
		}
		ModelAndView shown = this.adapter.getObject().handle(get, response, chain.getHandler());
		return shown == null ? new ModelAndView() : shown;
	}

	/**
	 * The refused request as a GET of the page: no parameters but the page's own, and
	 * attributes of its own, so the refused request's stay as they were.
	 */
	private static final class PageRequest extends HttpServletRequestWrapper {

		private final UriComponents page;

		private final Map<String, Object> attributes = new HashMap<>();

		private final Map<String, String[]> parameters = new LinkedHashMap<>();

		PageRequest(HttpServletRequest request, UriComponents page) {
			super(request);
			this.page = page;
			page.getQueryParams().forEach((name, values) -> this.parameters.put(name, values.toArray(String[]::new)));
		}

		@Override
		public String getMethod() {
			return "GET";
		}

		@Override
		public String getRequestURI() {
			return getContextPath() + this.page.getPath();
		}

		@Override
		public StringBuffer getRequestURL() {
			return new StringBuffer(getScheme() + "://" + getServerName() + ":" + getServerPort() + getRequestURI());
		}

		@Override
		public String getServletPath() {
			return this.page.getPath();
		}

		@Override
		public String getPathInfo() {
			return null;
		}

		@Override
		public String getQueryString() {
			return this.page.getQuery();
		}

		@Override
		public String getParameter(String name) {
			String[] values = this.parameters.get(name);
			return values == null ? null : values[0];
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Collections.unmodifiableMap(this.parameters);
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(this.parameters.keySet());
		}

		@Override
		public String[] getParameterValues(String name) {
			return this.parameters.get(name);
		}

		@Override
		public Object getAttribute(String name) {
			return this.attributes.containsKey(name) ? this.attributes.get(name) : super.getAttribute(name);
		}

		@Override
		public Enumeration<String> getAttributeNames() {
			Set<String> names = new LinkedHashSet<>(Collections.list(super.getAttributeNames()));
			names.addAll(this.attributes.keySet());
			return Collections.enumeration(names);
		}

		@Override
		public void setAttribute(String name, Object value) {
			this.attributes.put(name, value);
		}

		@Override
		public void removeAttribute(String name) {
			this.attributes.put(name, null);
		}

	}

}
