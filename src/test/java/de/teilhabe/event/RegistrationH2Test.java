package de.teilhabe.event;

import de.teilhabe.IntegrationTest;

@IntegrationTest
class RegistrationH2Test extends RegistrationTests {

}
