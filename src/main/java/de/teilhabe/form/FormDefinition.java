package de.teilhabe.form;

import java.util.List;

/**
 * A parsed Camunda Form.
 *
 * @param headingShift added to the level of every markdown heading in text components, so
 * the form's highest heading becomes an {@code h2} below the page's {@code h1}
 */
record FormDefinition(String id, List<FormComponent> components, int headingShift) {

}
