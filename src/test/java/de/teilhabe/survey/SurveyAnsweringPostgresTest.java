package de.teilhabe.survey;

import org.springframework.boot.test.context.SpringBootTest;

import de.teilhabe.PostgresTest;

@PostgresTest
@SpringBootTest(properties = { "teilhabe.demo.enabled=false", "teilhabe.survey.answers-per-day=5" })
class SurveyAnsweringPostgresTest extends SurveyAnsweringTests {

}
