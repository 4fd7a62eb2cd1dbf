package de.teilhabe.progress;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The mocks of the controller slice ({@link de.teilhabe.ControllerSliceTest}) from this
 * package, some of whose types only this package sees.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@MockitoBean(types = ProgressService.class)
public @interface ProgressSliceMocks {

}
