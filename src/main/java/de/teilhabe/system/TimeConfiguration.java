package de.teilhabe.system;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock in the one zone of Teilhabe ({@code teilhabe.zone}) and the formats of dates,
 * times and amounts for people ({@code #formats} in templates). Controller slice tests
 * import it for their pages.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ZoneProperties.class)
public class TimeConfiguration {

	@Bean
	Clock clock(ZoneProperties properties) {
		return Clock.system(properties.zone());
	}

	@Bean
	UserFormats userFormats(Clock clock) {
		return new UserFormats(clock);
	}

	@Bean
	FormatsDialect formatsDialect(UserFormats formats) {
		return new FormatsDialect(formats);
	}

}
