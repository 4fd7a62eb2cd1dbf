package de.teilhabe.progress;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import de.teilhabe.PostgresTest;

@PostgresTest
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=false")
@Import(ProgressServiceTests.Probes.class)
class ProgressServicePostgresTest extends ProgressServiceTests {

}
