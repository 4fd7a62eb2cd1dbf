package de.teilhabe.task;

import de.teilhabe.PostgresTest;

@PostgresTest
class TaskListQueryPostgresTest extends TaskListQueryTests {

}
