package de.teilhabe.survey;

import de.teilhabe.IntegrationTest;

@IntegrationTest
class SurveyAnsweringH2Test extends SurveyAnsweringTests {

}
