package de.teilhabe.documentation;

import org.springframework.boot.test.context.SpringBootTest;

import de.teilhabe.PostgresTest;

@PostgresTest
@SpringBootTest
class LeverkusenOutcomePostgresTest extends LeverkusenOutcomeTests {

}
