package de.teilhabe.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Who may reach which URL. Public pages live under {@code /public/**}; feature
 * controllers guard their own actions with {@code @PreAuthorize} (method security is on),
 * so a feature's rules stay in its package.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		// users are authenticated by the IdentityAuthenticationProvider bean
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/", "/login", "/error", "/css/**", "/img/**", "/js/**", "/webjars/**", "/favicon.ico",
					"/public/**")
			.permitAll()
			.requestMatchers("/participations/new")
			.hasAuthority(Roles.COORDINATOR.authority())
			.requestMatchers("/participations/**")
			.hasAnyAuthority(Roles.COORDINATOR.authority(), Roles.MANAGER.authority(), Roles.ADMIN.authority())
			.anyRequest()
			.authenticated())
			.formLogin(login -> login.loginPage("/login")
				.defaultSuccessUrl("/tasks", false)
				.failureHandler(loginFailure())
				.permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.exceptionHandling(exceptions -> exceptions.accessDeniedHandler(ErrorReasons.accessDeniedHandler()))
			.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens()).csrfTokenRequestHandler(csrfTokenHandler()));
		return http.build();
	}

	/**
	 * The CSRF token lives in an HttpOnly cookie (double submit), not in the session: a
	 * citizen who opens a survey or an event page gets no server-side session, so public
	 * traffic writes no session rows, and any node can check it.
	 */
	private static CookieCsrfTokenRepository csrfTokens() {
		CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
		tokens.setCookieName("teilhabe-csrf");
		tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
		return tokens;
	}

	/**
	 * Loads the token at the start of every request (not when a form first asks for it),
	 * so its cookie is set before a long page is flushed to the browser; the token in
	 * forms is masked per response (BREACH).
	 */
	private static XorCsrfTokenRequestAttributeHandler csrfTokenHandler() {
		XorCsrfTokenRequestAttributeHandler handler = new XorCsrfTokenRequestAttributeHandler();
		handler.setCsrfRequestAttributeName(null);
		return handler;
	}

	/**
	 * Every failed sign-in gets the same page: a wrong password, an unknown user name and
	 * an attempt while still held back all say when to try again.
	 */
	private static AuthenticationFailureHandler loginFailure() {
		return (request, response, exception) -> {
			long seconds = exception instanceof SignInDelayedException delayed ? delayed.seconds() : 1;
			response.sendRedirect(request.getContextPath() + "/login?error&wait=" + seconds);
		};
	}

}
