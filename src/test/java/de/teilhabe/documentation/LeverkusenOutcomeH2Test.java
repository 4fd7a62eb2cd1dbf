package de.teilhabe.documentation;

import de.teilhabe.IntegrationTest;

@IntegrationTest
class LeverkusenOutcomeH2Test extends LeverkusenOutcomeTests {

}
