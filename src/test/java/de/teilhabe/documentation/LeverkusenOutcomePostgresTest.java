package de.teilhabe.documentation;

import de.teilhabe.PostgresTest;

@PostgresTest
class LeverkusenOutcomePostgresTest extends LeverkusenOutcomeTests {

}
