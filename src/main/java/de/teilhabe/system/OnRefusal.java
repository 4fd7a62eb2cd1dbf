package de.teilhabe.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a handler method: the page that shows a {@link RefusedException} it throws. Set
 * exactly one of {@link #show} and {@link #redirectTo}; both are paths of GET pages of
 * this application, with the handler's path variables in braces (e.g.
 * {@code /events/{id}}). {@link RefusalAdvice} says what happens with each.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface OnRefusal {

	/**
	 * The page shown again in this response, with the form's input and the message: for
	 * forms.
	 */
	String show() default "";

	/**
	 * The page redirected to, with the message as a flash attribute: for buttons, which
	 * have no input to keep.
	 */
	String redirectTo() default "";

}
