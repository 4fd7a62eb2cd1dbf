package de.teilhabe.event;

import org.springframework.boot.test.context.SpringBootTest;

import de.teilhabe.PostgresTest;

@PostgresTest
@SpringBootTest
class RegistrationPostgresTest extends RegistrationTests {

}
