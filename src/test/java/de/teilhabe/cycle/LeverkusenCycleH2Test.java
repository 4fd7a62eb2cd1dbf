package de.teilhabe.cycle;

import de.teilhabe.IntegrationTest;

@IntegrationTest
class LeverkusenCycleH2Test extends LeverkusenCycleTests {

}
