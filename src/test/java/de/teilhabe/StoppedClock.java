package de.teilhabe;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Each test of the class runs on the shared context's {@link TestClock} stopped (moved on
 * with {@link TestClock#advance}), and the clock runs again after it, so the other
 * classes see real time. Adds no Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(StoppedClock.Extension.class)
public @interface StoppedClock {

	class Extension implements BeforeEachCallback, AfterEachCallback {

		@Override
		public void beforeEach(ExtensionContext context) {
			clock(context).stop();
		}

		@Override
		public void afterEach(ExtensionContext context) {
			clock(context).run();
		}

		private static TestClock clock(ExtensionContext context) {
			return SpringExtension.getApplicationContext(context).getBean(TestClock.class);
		}

	}

}
