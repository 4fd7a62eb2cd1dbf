package de.teilhabe.progress;

import de.teilhabe.PostgresTest;

@PostgresTest
class ProgressServicePostgresTest extends ProgressServiceTests {

}
