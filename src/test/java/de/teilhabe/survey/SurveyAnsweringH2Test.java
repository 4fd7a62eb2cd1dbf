package de.teilhabe.survey;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = { "teilhabe.demo.enabled=false", "teilhabe.survey.answers-per-day=5",
		"spring.datasource.url=jdbc:h2:mem:survey-answering;DB_CLOSE_DELAY=-1" })
class SurveyAnsweringH2Test extends SurveyAnsweringTests {

}
