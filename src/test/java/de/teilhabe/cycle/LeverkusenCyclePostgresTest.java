package de.teilhabe.cycle;

import de.teilhabe.PostgresTest;

@PostgresTest
class LeverkusenCyclePostgresTest extends LeverkusenCycleTests {

}
