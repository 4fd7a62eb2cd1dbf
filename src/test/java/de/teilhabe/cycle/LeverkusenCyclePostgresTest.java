package de.teilhabe.cycle;

import org.springframework.boot.test.context.SpringBootTest;

import de.teilhabe.PostgresTest;

@PostgresTest
@SpringBootTest
class LeverkusenCyclePostgresTest extends LeverkusenCycleTests {

}
