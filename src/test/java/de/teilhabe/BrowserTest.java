package de.teilhabe;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test in a real headless browser (Debian's chromium and chromium-driver). Without them
 * it is skipped with a message, except in CI ({@code CI} set), where it fails: .ci/run
 * installs them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ExtendWith(BrowserAvailableCondition.class)
public @interface BrowserTest {

}
