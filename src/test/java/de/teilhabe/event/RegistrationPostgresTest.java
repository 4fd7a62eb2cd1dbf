package de.teilhabe.event;

import de.teilhabe.PostgresTest;

@PostgresTest
class RegistrationPostgresTest extends RegistrationTests {

}
