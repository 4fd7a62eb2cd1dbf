package de.teilhabe.system;

import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * German first, English second; the choice is kept in a cookie, so any node of a cluster
 * honours it.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("teilhabe-lang");
		resolver.setDefaultLocale(Locale.GERMAN);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	/**
	 * Spring Boot adds this filter because the webjars locator enables the resource
	 * chain; it would rewrite links to content-versioned URLs, which Teilhabe does not
	 * use, and to find out it looked every link of every page up on the classpath (a
	 * fifth of the task list's time in the benchmark). Version-free webjar URLs still
	 * resolve: that is the resource handler's job, not this filter's.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		registry.addInterceptor(interceptor);
		registry.addInterceptor(new PasswordChangeInterceptor())
			.excludePathPatterns(PasswordChangeInterceptor.PAGE, "/login", "/logout", "/error", "/css/**", "/img/**",
					"/js/**", "/webjars/**", "/favicon.ico", "/public/**");
	}

}
