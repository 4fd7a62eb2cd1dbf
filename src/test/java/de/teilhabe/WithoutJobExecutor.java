package de.teilhabe;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Stops the shared context's job executor for the tests of this class, which run the jobs
 * themselves, and starts it again afterwards: a setting changed at run time instead of a
 * context of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(WithoutJobExecutor.Pause.class)
public @interface WithoutJobExecutor {

	class Pause implements BeforeAllCallback, AfterAllCallback {

		@Override
		public void beforeAll(ExtensionContext context) {
			JobExecutor jobExecutor = jobExecutor(context);
			if (jobExecutor.isActive()) {
				jobExecutor.shutdown();
				context.getStore(ExtensionContext.Namespace.create(Pause.class)).put("paused", true);
			}
		}

		@Override
		public void afterAll(ExtensionContext context) {
			if (context.getStore(ExtensionContext.Namespace.create(Pause.class)).remove("paused") != null) {
				jobExecutor(context).start();
			}
		}

		private static JobExecutor jobExecutor(ExtensionContext context) {
			ProcessEngine engine = SpringExtension.getApplicationContext(context).getBean(ProcessEngine.class);
			return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
		}

	}

}
