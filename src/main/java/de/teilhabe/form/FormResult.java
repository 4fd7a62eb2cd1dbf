package de.teilhabe.form;

import java.util.Map;

/**
 * A bound submission of a Camunda Form.
 *
 * @param view the form to show again, with what the user typed and the errors next to
 * their fields; use it when {@code !valid} or {@code rowChanged}
 * @param values typed variables for {@code TaskService.complete} or the start service;
 * empty unless {@code valid}
 * @param valid every visible field passed its validation and no row was added or removed
 * @param rowChanged the user pressed "add" or "remove" in a dynamic list: show
 * {@code view} again, complete nothing
 */
public record FormResult(FormView view, Map<String, Object> values, boolean valid, boolean rowChanged) {

}
