package de.teilhabe.cycle;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(
		properties = { "teilhabe.demo.enabled=false", "spring.datasource.url=jdbc:h2:mem:cycle;DB_CLOSE_DELAY=-1" })
class LeverkusenCycleH2Test extends LeverkusenCycleTests {

}
