package de.teilhabe.system;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;

/**
 * Who may reach which URL. Public pages live under {@code /public/**}; feature controllers guard their own actions
 * with {@code @PreAuthorize} (method security is on), so a feature's rules stay in its package.
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
				.requestMatchers("/participations/new").hasAuthority(Roles.COORDINATOR.authority())
				.requestMatchers("/participations/**")
				.hasAnyAuthority(Roles.COORDINATOR.authority(), Roles.MANAGER.authority(), Roles.ADMIN.authority())
				.anyRequest()
				.authenticated())
			.formLogin(login -> login.loginPage("/login")
				.defaultSuccessUrl("/tasks", false)
				.failureHandler(loginFailure())
				.permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.exceptionHandling(exceptions -> exceptions.accessDeniedHandler(ErrorReasons.accessDeniedHandler()));
		return http.build();
	}

	private static AuthenticationFailureHandler loginFailure() {
		ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
		handler.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked"));
		handler.setDefaultFailureUrl("/login?error");
		return handler;
	}

}
