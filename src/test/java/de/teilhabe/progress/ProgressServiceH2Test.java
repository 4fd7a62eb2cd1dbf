package de.teilhabe.progress;

import de.teilhabe.IntegrationTest;

@IntegrationTest
class ProgressServiceH2Test extends ProgressServiceTests {

}
