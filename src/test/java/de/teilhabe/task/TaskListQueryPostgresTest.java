package de.teilhabe.task;

import org.springframework.boot.test.context.SpringBootTest;

import de.teilhabe.PostgresTest;

@PostgresTest
@SpringBootTest(properties = "teilhabe.demo.enabled=false")
class TaskListQueryPostgresTest extends TaskListQueryTests {

}
