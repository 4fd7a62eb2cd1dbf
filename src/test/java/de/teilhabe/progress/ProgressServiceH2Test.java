package de.teilhabe.progress;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

@SpringBootTest(properties = { "teilhabe.demo.enabled=false", "camunda.bpm.job-execution.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:progress;DB_CLOSE_DELAY=-1" })
@Import(ProgressServiceTests.Probes.class)
class ProgressServiceH2Test extends ProgressServiceTests {

}
