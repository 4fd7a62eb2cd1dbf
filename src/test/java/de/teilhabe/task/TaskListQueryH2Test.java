package de.teilhabe.task;

import de.teilhabe.IntegrationTest;

@IntegrationTest
class TaskListQueryH2Test extends TaskListQueryTests {

}
