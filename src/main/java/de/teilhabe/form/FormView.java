package de.teilhabe.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Camunda Form ready for {@code fragments/camunda-form :: fields(formView)}: its
 * visible components with their values (as typed by the user, or from the variables),
 * error messages and every text already in the user's language.
 */
public final class FormView {

	private final String formId;

	private final List<Node> components;

	private final List<ErrorLink> errors;

	private final boolean requiredFields;

	private final boolean rowButtons;

	private final Texts texts;

	FormView(String formId, List<Node> components, List<ErrorLink> errors, boolean requiredFields, boolean rowButtons,
			Texts texts) {
		this.formId = formId;
		this.components = List.copyOf(components);
		this.errors = List.copyOf(errors);
		this.requiredFields = requiredFields;
		this.rowButtons = rowButtons;
		this.texts = texts;
	}

	/** The {@code id} of the form in its JSON, e.g. {@code Form_DesignSurvey}. */
	public String getFormId() {
		return formId;
	}

	public List<Node> getComponents() {
		return components;
	}

	/** One entry per field error, in form order, for the summary at the top. */
	public List<ErrorLink> getErrors() {
		return errors;
	}

	public boolean hasErrors() {
		return !errors.isEmpty();
	}

	public boolean hasRequiredFields() {
		return requiredFields;
	}

	/**
	 * With "add"/"remove" buttons in the form, the fragment starts with an unnamed
	 * default button, so Enter in a text field submits the form rather than pressing the
	 * first row button.
	 */
	public boolean isDefaultButtonNeeded() {
		return rowButtons;
	}

	public Texts getTexts() {
		return texts;
	}

	/**
	 * The same form with one more error at a field: for a rule the schema cannot express
	 * (an end before the start), checked by the caller after a valid binding.
	 */
	public FormView withError(String name, String message) {
		Node node = field(name).orElseThrow(() -> new IllegalArgumentException("No visible field " + name));
		node.error = message;
		List<ErrorLink> all = new ArrayList<>(errors);
		all.add(new ErrorLink(node.getId(), message));
		return new FormView(formId, components, all, requiredFields, rowButtons, texts);
	}

	/**
	 * The visible field of that HTTP parameter name ({@code title},
	 * {@code measures[0].title}), for tests.
	 */
	Optional<Node> field(String name) {
		List<Node> all = new ArrayList<>();
		collect(components, all);
		return all.stream().filter(node -> name.equals(node.getName())).findFirst();
	}

	private static void collect(List<Node> nodes, List<Node> into) {
		for (Node node : nodes) {
			into.add(node);
			collect(node.getChildren(), into);
			node.getRows().forEach(row -> collect(row.getChildren(), into));
		}
	}

	/** Texts of the form around its fields, in the user's language. */
	public record Texts(String summaryTitle, String requiredNote, String requiredMarker, String selectPrompt,
			String submit) {

		public String getSummaryTitle() {
			return summaryTitle;
		}

		public String getRequiredNote() {
			return requiredNote;
		}

		/** The text alternative of the required marker (*). */
		public String getRequiredMarker() {
			return requiredMarker;
		}

		public String getSelectPrompt() {
			return selectPrompt;
		}

		public String getSubmit() {
			return submit;
		}

	}

	/** A link from the error summary to the field: "Label: message". */
	public record ErrorLink(String fieldId, String text) {

		public String getFieldId() {
			return fieldId;
		}

		public String getText() {
			return text;
		}

	}

	/** An option of a radio, select or checkbox group. */
	public record Option(String id, String value, String label, boolean selected) {

		public String getId() {
			return id;
		}

		public String getValue() {
			return value;
		}

		public String getLabel() {
			return label;
		}

		public boolean isSelected() {
			return selected;
		}

	}

	/** A row of a dynamic list. */
	public record Row(String legend, List<Node> children, String removeAction, String removeLabel) {

		public String getLegend() {
			return legend;
		}

		public List<Node> getChildren() {
			return children;
		}

		/**
		 * The {@code _action} value of the row's remove button, {@code null} when rows
		 * cannot be removed.
		 */
		public String getRemoveAction() {
			return removeAction;
		}

		public String getRemoveLabel() {
			return removeLabel;
		}

	}

	/**
	 * A visible component. {@link #getKind()} tells the template what to draw:
	 * {@code input} (text, number, date, e-mail, phone: see {@link #getInputType()}),
	 * {@code textarea}, {@code select}, {@code checkbox}, {@code radio},
	 * {@code checkboxes}, {@code text}, {@code group} or {@code list}.
	 */
	public static final class Node {

		String kind;

		String id;

		String name;

		String label;

		String description;

		String error;

		boolean required;

		boolean readonly;

		boolean disabled;

		String value;

		boolean checked;

		String inputType;

		String min;

		String max;

		String step;

		Integer minLength;

		Integer maxLength;

		String prefix;

		String suffix;

		String html;

		List<Option> options = List.of();

		List<Node> children = List.of();

		List<Row> rows = List.of();

		String addAction;

		String addLabel;

		Node(String kind) {
			this.kind = kind;
		}

		public String getKind() {
			return kind;
		}

		/**
		 * The HTML id of the input (of the first option for radios and checkbox groups:
		 * see {@link #getFocusId()}).
		 */
		public String getId() {
			return id;
		}

		/**
		 * The HTTP parameter name, also the value of the {@code _present} marker of
		 * checkboxes and lists.
		 */
		public String getName() {
			return name;
		}

		public String getLabel() {
			return label;
		}

		public String getDescription() {
			return description;
		}

		public String getDescriptionId() {
			return description == null ? null : id + "-description";
		}

		public String getError() {
			return error;
		}

		public String getErrorId() {
			return error == null ? null : id + "-error";
		}

		public boolean isInvalid() {
			return error != null;
		}

		/**
		 * {@code aria-describedby}: prefix, suffix, description and error, or
		 * {@code null}.
		 */
		public String getDescribedBy() {
			List<String> ids = new ArrayList<>();
			if (prefix != null) {
				ids.add(getPrefixId());
			}
			if (suffix != null) {
				ids.add(getSuffixId());
			}
			if (description != null) {
				ids.add(getDescriptionId());
			}
			if (error != null) {
				ids.add(getErrorId());
			}
			return ids.isEmpty() ? null : String.join(" ", ids);
		}

		/**
		 * Where the error summary links to: the input, or the first option of a group.
		 */
		public String getFocusId() {
			return options.isEmpty() || "select".equals(kind) ? id : options.get(0).id();
		}

		public boolean isRequired() {
			return required;
		}

		public boolean isReadonly() {
			return readonly;
		}

		public boolean isDisabled() {
			return disabled;
		}

		/** The value as text: what the user typed, or the variable. */
		public String getValue() {
			return value;
		}

		public boolean isChecked() {
			return checked;
		}

		public String getInputType() {
			return inputType;
		}

		public String getMin() {
			return min;
		}

		public String getMax() {
			return max;
		}

		public String getStep() {
			return step;
		}

		public Integer getMinLength() {
			return minLength;
		}

		public Integer getMaxLength() {
			return maxLength;
		}

		public String getPrefix() {
			return prefix;
		}

		public String getPrefixId() {
			return prefix == null ? null : id + "-prefix";
		}

		public String getSuffix() {
			return suffix;
		}

		public String getSuffixId() {
			return suffix == null ? null : id + "-suffix";
		}

		/** The HTML of a text component (markdown rendered, raw HTML escaped). */
		public String getHtml() {
			return html;
		}

		public List<Option> getOptions() {
			return options;
		}

		/** The components of a group. */
		public List<Node> getChildren() {
			return children;
		}

		/** The rows of a dynamic list. */
		public List<Row> getRows() {
			return rows;
		}

		/**
		 * The {@code _action} value of a dynamic list's add button, {@code null} when
		 * rows cannot be added.
		 */
		public String getAddAction() {
			return addAction;
		}

		public String getAddLabel() {
			return addLabel;
		}

	}

}
