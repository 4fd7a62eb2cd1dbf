package de.teilhabe.form;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.util.MultiValueMap;

import de.teilhabe.form.FieldValues.Parsed;
import de.teilhabe.form.FormView.ErrorLink;
import de.teilhabe.form.FormView.Node;
import de.teilhabe.form.FormView.Option;
import de.teilhabe.form.FormView.Row;
import de.teilhabe.form.FormView.Texts;
import de.teilhabe.system.Formats;

/**
 * Turns a parsed form and the task's variables into a {@link FormView} (GET), and a
 * submission into typed values or the form again with errors (POST).
 * <p>
 * HTTP parameters: a field's key ({@code title}), in a group with a path
 * {@code path.key}, in a dynamic list row {@code measures[0].title}. Inputs that send
 * nothing when left empty (checkboxes, radios, checkbox groups) and dynamic lists send
 * {@code _present=<name>}, so "nothing checked" differs from "not shown". Row buttons
 * send {@code _action=add:<list>} or {@code _action=remove:<list>:<index>}.
 * <p>
 * Conditions ({@code conditional.hide}) see the variables, with field defaults where a
 * variable is missing, and on POST what was submitted on top. Hidden components are
 * neither shown, validated nor part of the values; read-only fields keep their variable's
 * value, disabled fields are left out.
 */
final class FormBinder {

	static final String PRESENT = "_present";

	static final String ACTION = "_action";

	/** Also the cap of rows a submission can create. */
	static final int MAX_ROWS = 100;

	private static final Pattern ROW_ACTION = Pattern.compile("(add|remove):([^:]+)(?::(\\d{1,3}))?");

	private final FeelExpressions feel;

	private final TextTemplates templates;

	private final MessageSource messages;

	private final Clock clock;

	FormBinder(FeelExpressions feel, MessageSource messages, Clock clock) {
		this.feel = feel;
		this.templates = new TextTemplates(feel);
		this.messages = messages;
		this.clock = clock;
	}

	FormView render(FormDefinition form, Map<String, ?> variables, Locale locale) {
		return new Pass(form, variables, null, locale).run();
	}

	FormResult bind(FormDefinition form, Map<String, ?> variables, MultiValueMap<String, String> params,
			Locale locale) {
		Pass pass = new Pass(form, variables, params, locale);
		FormView view = pass.run();
		boolean rowChanged = pass.action != null;
		boolean valid = !rowChanged && !view.hasErrors();
		return new FormResult(view, valid ? pass.values : Map.of(), valid, rowChanged);
	}

	/**
	 * Where the components of one level read and write: the root, a group with a path, or
	 * a row.
	 */
	private record Level(String readPrefix, String namePrefix, Map<String, Object> data, Map<String, Object> context,
			Map<String, Object> out, String rowLegend, boolean validate) {

	}

	private record RowAction(boolean add, String list, int index) {

	}

	/** One rendering or binding of a form. */
	private final class Pass {

		final FormDefinition form;

		final Locale locale;

		final MultiValueMap<String, String> params;

		final Set<String> present;

		final RowAction action;

		final Map<String, Object> data;

		final Map<String, Object> values = new LinkedHashMap<>();

		final List<ErrorLink> errors = new ArrayList<>();

		/**
		 * The read prefixes of the submitted rows of each list, by the list's submitted
		 * name.
		 */
		final Map<String, List<String>> rowSources = new HashMap<>();

		final LocalDate today;

		boolean requiredFields;

		boolean rowButtons;

		Pass(FormDefinition form, Map<String, ?> variables, MultiValueMap<String, String> params, Locale locale) {
			this.form = form;
			this.locale = locale;
			this.params = params;
			this.present = params == null ? Set.of() : Set.copyOf(params.getOrDefault(PRESENT, List.of()));
			this.action = params == null ? null : rowAction(params.getFirst(ACTION));
			this.data = PlainValues.of(variables, clock.getZone());
			this.today = LocalDate.now(clock);
		}

		FormView run() {
			prepare(form.components(), params == null ? null : "", data);
			boolean validate = params != null && action == null;
			List<Node> nodes = build(form.components(),
					new Level(params == null ? null : "", "", data, data, values, null, validate));
			Texts texts = new Texts(text("camundaForm.summary"), text("camundaForm.requiredNote"),
					text("camundaForm.required"), text("camundaForm.select.prompt"), text("camundaForm.submit"));
			return new FormView(form.id(), nodes, errors, requiredFields, rowButtons, texts);
		}

		// -- first pass: the data conditions see

		/**
		 * Puts defaults where a value is missing and, on POST, what was submitted
		 * (leniently typed) over the variables. Decides the rows of submitted dynamic
		 * lists, with the row action applied.
		 */
		void prepare(List<FormComponent> components, String readPrefix, Map<String, Object> level) {
			for (FormComponent c : components) {
				List<String> segments = c.segments();
				switch (c.type()) {
					case TEXT -> {
					}
					case GROUP -> prepare(c.components(),
							c.path() == null ? readPrefix : readPrefix == null ? null : readPrefix + c.path() + ".",
							c.path() == null ? level : childMap(level, segments));
					case DYNAMICLIST -> prepareList(c, readPrefix, level, segments);
					default -> {
						if (readPrefix != null && !Boolean.TRUE.equals(c.readonly())
								&& !Boolean.TRUE.equals(c.disabled()) && submitted(c, readPrefix + c.key())) {
							put(level, segments,
									FieldValues.parse(c, rawFromParams(c, readPrefix + c.key()), today).value());
						}
						else if (get(level, segments) == null && c.defaultValue() != null) {
							put(level, segments, FieldValues.parse(c, rawFromData(c, c.defaultValue()), today).value());
						}
					}
				}
			}
		}

		void prepareList(FormComponent list, String readPrefix, Map<String, Object> level, List<String> segments) {
			String listName = readPrefix == null ? null : readPrefix + list.path();
			List<Map<String, Object>> rows = new ArrayList<>();
			if (listName != null && present.contains(listName)) {
				List<String> sources = new ArrayList<>();
				int submitted = submittedRows(listName);
				for (int i = 0; i < submitted; i++) {
					sources.add(listName + "[" + i + "].");
				}
				if (action != null && action.list().equals(listName) && list.allowAddRemove()) {
					if (action.add() && sources.size() < MAX_ROWS) {
						sources.add(null);
					}
					else if (!action.add() && action.index() < sources.size()) {
						sources.remove(action.index());
					}
				}
				rowSources.put(listName, sources);
				for (String source : sources) {
					Map<String, Object> row = new LinkedHashMap<>();
					prepare(list.components(), source, row);
					rows.add(row);
				}
			}
			else {
				if (get(level, segments) instanceof List<?> existing) {
					existing.stream().limit(MAX_ROWS).forEach(row -> rows.add(mapOf(row)));
				}
				if (rows.isEmpty()) {
					for (int i = 0; i < list.defaultRepetitions(); i++) {
						rows.add(new LinkedHashMap<>());
					}
				}
				rows.forEach(row -> prepare(list.components(), null, row));
			}
			put(level, segments, rows);
		}

		// -- second pass: the view, the errors and the values

		List<Node> build(List<FormComponent> components, Level level) {
			List<Node> nodes = new ArrayList<>();
			for (FormComponent c : components) {
				if (c.hide() != null && feel.isTrue(c.hide(), level.context())) {
					continue;
				}
				Node node = switch (c.type()) {
					case TEXT -> text(c, level);
					case GROUP -> group(c, level);
					case DYNAMICLIST -> list(c, level);
					default -> field(c, level);
				};
				if (node != null) {
					nodes.add(node);
				}
			}
			return nodes;
		}

		Node text(FormComponent c, Level level) {
			if (c.text() == null || c.text().isBlank()) {
				return null;
			}
			Node node = new Node("text");
			node.html = Markdown.toHtml(
					templates.render(c.text(), level.context(), Formats.of(locale, clock.getZone())),
					form.headingShift());
			return node;
		}

		Node group(FormComponent c, Level level) {
			Level inner = level;
			if (c.path() != null) {
				List<String> segments = c.segments();
				Map<String, Object> out = childMap(level.out(), segments);
				inner = new Level(level.readPrefix() == null ? null : level.readPrefix() + c.path() + ".",
						level.namePrefix() + c.path() + ".", childMap(level.data(), segments), level.context(), out,
						level.rowLegend(), level.validate());
			}
			Node node = new Node("group");
			node.label = label(c, level);
			node.description = evaluated(c.description(), level);
			node.children = build(c.components(), inner);
			return node.children.isEmpty() ? null : node;
		}

		Node list(FormComponent c, Level level) {
			List<String> segments = c.segments();
			String name = level.namePrefix() + c.path();
			String label = label(c, level);
			List<String> sources = level.readPrefix() == null ? null : rowSources.get(level.readPrefix() + c.path());
			List<?> rows = get(level.data(), segments) instanceof List<?> list ? list : List.of();
			List<Object> out = new ArrayList<>();
			List<Row> rowViews = new ArrayList<>();
			for (int i = 0; i < rows.size(); i++) {
				Map<String, Object> row = mapOf(rows.get(i));
				String source = sources == null || i >= sources.size() ? null : sources.get(i);
				boolean empty = level.validate() && source != null && !hasInput(source);
				String legend = label == null ? message("camundaForm.list.entry", i + 1)
						: message("camundaForm.list.row", label, i + 1);
				Map<String, Object> context = new HashMap<>(level.context());
				context.putAll(row);
				context.put("this", row);
				context.put("parent", level.context());
				Map<String, Object> rowOut = new LinkedHashMap<>();
				List<Node> children = build(c.components(), new Level(source, name + "[" + i + "].", row, context,
						rowOut, legend, level.validate() && !empty));
				if (!empty && !isEmpty(rowOut)) {
					out.add(rowOut);
				}
				rowViews.add(new Row(legend, children, c.allowAddRemove() ? "remove:" + name + ":" + i : null,
						c.allowAddRemove() ? message("camundaForm.list.remove", legend) : null));
			}
			put(level.out(), segments, out);
			Node node = new Node("list");
			node.id = htmlId(name);
			node.name = name;
			node.label = label;
			node.description = evaluated(c.description(), level);
			node.rows = rowViews;
			if (c.allowAddRemove()) {
				rowButtons = true;
				if (rows.size() < MAX_ROWS) {
					node.addAction = "add:" + name;
					node.addLabel = message("camundaForm.list.add", label == null ? "" : label);
				}
			}
			return node;
		}

		Node field(FormComponent c, Level level) {
			List<String> segments = c.segments();
			String name = level.namePrefix() + c.key();
			boolean readonly = feel.flag(c.readonly(), level.context());
			boolean disabled = feel.flag(c.disabled(), level.context());
			String readName = level.readPrefix() == null ? null : level.readPrefix() + c.key();
			List<String> raw = readName != null && !readonly && !disabled && submitted(c, readName)
					? rawFromParams(c, readName) : rawFromData(c, get(level.data(), segments));
			Parsed parsed = FieldValues.parse(c, raw, today);

			Node node = new Node(kind(c));
			node.id = htmlId(name);
			node.name = name;
			node.label = label(c, level);
			node.description = evaluated(c.description(), level);
			if (c.isFreeTaglist()) {
				String hint = text("camundaForm.taglist.hint");
				node.description = node.description == null ? hint : node.description + " " + hint;
			}
			node.readonly = readonly;
			node.disabled = disabled;
			node.required = c.validate().required() && !readonly && !disabled;
			requiredFields |= node.required;
			describe(node, c, raw);

			if (level.validate() && !readonly && !disabled && parsed.error() != null) {
				node.error = message(parsed.error(), parsed.args());
				String where = level.rowLegend() == null ? node.label
						: message("camundaForm.list.fieldInRow", level.rowLegend(), node.label);
				errors.add(new ErrorLink(node.getFocusId(), message("camundaForm.summary.item", where, node.error)));
			}
			if (!disabled) {
				put(level.out(), segments, parsed.value());
			}
			return node;
		}

		/** Value, options and input attributes of a field's view. */
		void describe(Node node, FormComponent c, List<String> raw) {
			String first = raw.isEmpty() ? "" : raw.get(0);
			switch (c.type()) {
				case TEXTFIELD -> {
					node.inputType = "email".equals(c.validate().validationType()) ? "email"
							: "phone".equals(c.validate().validationType()) ? "tel" : "text";
					node.value = first;
					lengths(node, c);
				}
				case TEXTAREA -> {
					node.value = first;
					lengths(node, c);
				}
				case NUMBER -> {
					node.inputType = "number";
					node.value = first;
					node.min = c.validate().min() == null ? null : c.validate().min().toPlainString();
					node.max = c.validate().max() == null ? null : c.validate().max().toPlainString();
					node.step = FieldValues.step(c);
				}
				case DATETIME -> {
					node.inputType = "date";
					node.value = first;
					node.min = c.disallowPassedDates() ? today.toString() : null;
				}
				case CHECKBOX -> node.checked = !raw.isEmpty();
				case RADIO, SELECT, CHECKLIST -> node.options = options(node.id, c, raw);
				case TAGLIST -> {
					if (c.isFreeTaglist()) {
						node.value = first;
						node.maxLength = FieldValues.MAX_TEXT;
					}
					else {
						node.options = options(node.id, c, raw);
					}
				}
				default -> throw new IllegalStateException("Not a field: " + c.type());
			}
			if (c.type() == ComponentType.TEXTFIELD || c.type() == ComponentType.NUMBER) {
				node.prefix = c.prefix();
				node.suffix = c.suffix();
			}
		}

		void lengths(Node node, FormComponent c) {
			Integer max = c.validate().maxLength();
			node.maxLength = max == null ? FieldValues.MAX_TEXT : Math.min(max, FieldValues.MAX_TEXT);
			node.minLength = c.validate().minLength();
		}

		List<Option> options(String id, FormComponent c, List<String> raw) {
			List<Option> options = new ArrayList<>();
			for (int i = 0; i < c.options().size(); i++) {
				FormComponent.Choice choice = c.options().get(i);
				options.add(new Option(id + "-option-" + (i + 1), choice.value(), choice.label(),
						raw.contains(choice.value())));
			}
			return options;
		}

		String label(FormComponent c, Level level) {
			String label = evaluated(c.label(), level);
			if (label == null || label.isBlank()) {
				return c.type().isField() ? c.key() : null;
			}
			return label;
		}

		/** A label or description, which Camunda Forms allows to be a FEEL expression. */
		String evaluated(String text, Level level) {
			if (text == null || !text.startsWith("=")) {
				return text == null || text.isBlank() ? null : text;
			}
			String value = PlainValues.text(feel.evaluate(text, level.context()));
			return value.isBlank() ? null : value;
		}

		// -- parameters

		boolean submitted(FormComponent c, String name) {
			return switch (c.type()) {
				case CHECKBOX, RADIO, CHECKLIST -> present.contains(name);
				case TAGLIST -> c.isFreeTaglist() ? params.containsKey(name) : present.contains(name);
				default -> params.containsKey(name);
			};
		}

		List<String> rawFromParams(FormComponent c, String name) {
			List<String> submitted = params.getOrDefault(name, List.of())
				.stream()
				.filter(v -> v != null && !v.isEmpty())
				.toList();
			if (c.type() == ComponentType.CHECKBOX) {
				return submitted.isEmpty() ? List.of() : List.of("true");
			}
			if (c.type().isMultiple() && !c.isFreeTaglist()) {
				return submitted.stream().distinct().toList();
			}
			List<String> all = params.getOrDefault(name, List.of());
			return List.of(all.isEmpty() || all.get(0) == null ? "" : all.get(0));
		}

		/**
		 * How many rows of a list were submitted: one more than the highest row index
		 * among the parameters.
		 */
		int submittedRows(String listName) {
			String start = listName + "[";
			int rows = 0;
			List<String> names = new ArrayList<>(params.keySet());
			names.addAll(present);
			for (String name : names) {
				if (name.startsWith(start)) {
					int end = name.indexOf(']', start.length());
					String index = end < 0 ? "" : name.substring(start.length(), end);
					if (index.matches("\\d{1,3}") && Integer.parseInt(index) < MAX_ROWS) {
						rows = Math.max(rows, Integer.parseInt(index) + 1);
					}
				}
			}
			return rows;
		}

		/** Whether anything was entered in a submitted row. */
		boolean hasInput(String rowPrefix) {
			return params.entrySet()
				.stream()
				.anyMatch(e -> e.getKey().startsWith(rowPrefix)
						&& e.getValue().stream().anyMatch(v -> v != null && !v.isBlank()));
		}

		String text(String code) {
			return messages.getMessage(code, null, locale);
		}

		String message(String code, Object... args) {
			return messages.getMessage(code, args, locale);
		}

	}

	List<String> rawFromData(FormComponent c, Object value) {
		Object plain = PlainValues.plain(value, clock.getZone());
		return switch (c.type()) {
			case CHECKBOX -> Boolean.TRUE.equals(plain) || "true".equals(plain) ? List.of("true") : List.of();
			case CHECKLIST, TAGLIST -> {
				List<String> values = plain == null ? List.of() : plain instanceof List<?> list
						? list.stream().map(PlainValues::text).toList() : List.of(PlainValues.text(plain));
				yield c.isFreeTaglist() ? List.of(String.join("\n", values)) : values;
			}
			case DATETIME -> List.of(plain == null ? "" : PlainValues.day(plain, clock.getZone()));
			default -> List.of(PlainValues.text(plain));
		};
	}

	private static String kind(FormComponent c) {
		return switch (c.type()) {
			case TEXTFIELD, NUMBER, DATETIME -> "input";
			case TEXTAREA -> "textarea";
			case SELECT -> "select";
			case CHECKBOX -> "checkbox";
			case RADIO -> "radio";
			case CHECKLIST -> "checkboxes";
			case TAGLIST -> c.isFreeTaglist() ? "textarea" : "checkboxes";
			default -> throw new IllegalStateException("Not a field: " + c.type());
		};
	}

	private static RowAction rowAction(String action) {
		if (action == null) {
			return null;
		}
		Matcher matcher = ROW_ACTION.matcher(action);
		if (!matcher.matches()) {
			return null;
		}
		boolean add = matcher.group(1).equals("add");
		if (!add && matcher.group(3) == null) {
			return null;
		}
		return new RowAction(add, matcher.group(2), add ? -1 : Integer.parseInt(matcher.group(3)));
	}

	/** {@code measures[0].title} as an HTML id: {@code f-measures-0-title}. */
	static String htmlId(String name) {
		return "f-" + name.replace("].", "-").replace("[", "-").replace("]", "").replace('.', '-');
	}

	private static boolean isEmpty(Map<String, Object> row) {
		return row.values().stream().allMatch(FormBinder::isEmptyValue);
	}

	private static boolean isEmptyValue(Object value) {
		if (value == null || Boolean.FALSE.equals(value) || "".equals(value)) {
			return true;
		}
		if (value instanceof List<?> list) {
			return list.isEmpty();
		}
		return value instanceof Map<?, ?> map && map.values().stream().allMatch(FormBinder::isEmptyValue);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> mapOf(Object row) {
		return row instanceof Map<?, ?> map ? (Map<String, Object>) map : new LinkedHashMap<>();
	}

	private static Object get(Map<String, Object> level, List<String> segments) {
		Object value = level;
		for (String segment : segments) {
			if (!(value instanceof Map<?, ?> map)) {
				return null;
			}
			value = map.get(segment);
		}
		return value;
	}

	private static void put(Map<String, Object> level, List<String> segments, Object value) {
		childMap(level, segments.subList(0, segments.size() - 1)).put(segments.get(segments.size() - 1), value);
	}

	/**
	 * The map at that path, created (or replacing a value that is not a map) where
	 * missing.
	 */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> childMap(Map<String, Object> level, List<String> segments) {
		Map<String, Object> map = level;
		for (String segment : segments) {
			Object child = map.get(segment);
			if (!(child instanceof Map<?, ?>)) {
				child = new LinkedHashMap<String, Object>();
				map.put(segment, child);
			}
			map = (Map<String, Object>) child;
		}
		return map;
	}

}
