package de.teilhabe.documentation;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(
		properties = { "teilhabe.demo.enabled=false", "spring.datasource.url=jdbc:h2:mem:outcome;DB_CLOSE_DELAY=-1" })
class LeverkusenOutcomeH2Test extends LeverkusenOutcomeTests {

}
