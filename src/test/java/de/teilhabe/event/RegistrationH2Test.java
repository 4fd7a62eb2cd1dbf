package de.teilhabe.event;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = { "teilhabe.demo.enabled=false", "spring.datasource.hikari.connection-timeout=180000",
		"spring.datasource.url=jdbc:h2:mem:registration;DB_CLOSE_DELAY=-1" })
class RegistrationH2Test extends RegistrationTests {

}
