package de.teilhabe;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import de.teilhabe.form.CamundaForms;
import de.teilhabe.participation.ParticipationService;
import de.teilhabe.progress.ProgressSliceMocks;
import de.teilhabe.system.SecurityConfiguration;
import de.teilhabe.system.TimeConfiguration;
import de.teilhabe.task.TaskSliceMocks;
import de.teilhabe.workinggroup.WorkingGroupService;

/**
 * The controller slice: the task, task list, progress and participation controllers with
 * the security configuration, the clock and the formats of {@code teilhabe.zone}, and
 * every service they call as a Mockito mock (reset after each test; a test gets them with
 * {@code @Autowired}). One slice for all of them, so it is one context: a mock declared
 * on a single test class would make another. The controllers are package-private, so they
 * are named by a pattern; {@code controllers} names the security configuration only so
 * that the slice does not take every controller.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(controllers = SecurityConfiguration.class, includeFilters = @Filter(type = FilterType.REGEX,
		pattern = "de\\.teilhabe\\.(task\\.TaskController|task\\.TaskListController|progress\\.ProgressController|participation\\.ParticipationController)"))
@Import({ SecurityConfiguration.class, TimeConfiguration.class })
@MockitoBean(types = { CamundaForms.class, ParticipationService.class, WorkingGroupService.class })
@ProgressSliceMocks
@TaskSliceMocks
public @interface ControllerSliceTest {

}
