package de.teilhabe.task;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = { "teilhabe.demo.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:tasklistquery;DB_CLOSE_DELAY=-1" })
class TaskListQueryH2Test extends TaskListQueryTests {

}
