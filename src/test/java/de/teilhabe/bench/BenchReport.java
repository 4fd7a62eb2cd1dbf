package de.teilhabe.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The benchmark's results: one row per measure, size and metric, with its target where
 * the issue sets one. Each benchmark class adds its rows to
 * {@code target/bench/results.json}; {@link #print()} shows them as a table.
 */
final class BenchReport {

	static final Path DIRECTORY = Path.of("target", "bench");

	static final Path JSON = DIRECTORY.resolve("results.json");

	static final Path MARKDOWN = DIRECTORY.resolve("results.md");

	private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	/**
	 * A measured value; {@code target} is null where no target is set, {@code met} then
	 * too.
	 */
	record Row(String measure, String size, String metric, double value, String unit, String target, Boolean met) {
	}

	private BenchReport() {
	}

	static synchronized void add(String measure, String size, String metric, double value, String unit) {
		add(new Row(measure, size, metric, round(value), unit, null, null));
	}

	static synchronized void addWithTarget(String measure, String size, String metric, double value, String unit,
			String target, boolean met) {
		add(new Row(measure, size, metric, round(value), unit, target, met));
	}

	static synchronized void add(Row row) {
		Map<String, Object> document = read();
		@SuppressWarnings("unchecked")
		List<Object> rows = (List<Object>) document.computeIfAbsent("rows", key -> new ArrayList<>());
		rows.add(MAPPER.convertValue(row, Map.class));
		document.put("updated", Instant.now().toString());
		document.put("machine", machine());
		write(document);
		System.out.printf(Locale.ROOT, "BENCH %-28s %-22s %-34s %12s %-8s %s%n", row.measure(), row.size(),
				row.metric(), format(row.value()), row.unit(), row.target() == null ? "" : target(row));
	}

	/** Starts a new report: the previous run's results are dropped. */
	static synchronized void reset() {
		try {
			Files.createDirectories(DIRECTORY);
			Files.deleteIfExists(JSON);
			Files.deleteIfExists(MARKDOWN);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static synchronized List<Row> rows() {
		Map<String, Object> document = read();
		Object rows = document.getOrDefault("rows", List.of());
		return MAPPER.convertValue(rows, new TypeReference<List<Row>>() {
		});
	}

	/**
	 * Prints the table (Markdown, as the README shows it) and writes it next to the JSON.
	 */
	static synchronized String print() {
		StringBuilder table = new StringBuilder();
		table.append("Machine: ").append(machine()).append("\n\n");
		table.append("| Measure | Size | Metric | Value | Target |\n|---|---|---|---:|---|\n");
		for (Row row : rows()) {
			table.append("| ")
				.append(row.measure())
				.append(" | ")
				.append(row.size())
				.append(" | ")
				.append(row.metric())
				.append(" | ")
				.append(format(row.value()))
				.append(' ')
				.append(row.unit())
				.append(" | ")
				.append(row.target() == null ? "" : target(row))
				.append(" |\n");
		}
		try {
			Files.createDirectories(DIRECTORY);
			Files.writeString(MARKDOWN, table);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		System.out.println();
		System.out.println(table);
		return table.toString();
	}

	static String machine() {
		return Runtime.getRuntime().availableProcessors() + " cores, " + Math.round(totalMemoryGiB()) + " GiB, "
				+ System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", Java "
				+ System.getProperty("java.version");
	}

	private static double totalMemoryGiB() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
				if (line.startsWith("MemTotal:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0;
				}
			}
		}
		catch (IOException | NumberFormatException ex) {
			// not Linux: the JVM's view is all there is
		}
		return 0;
	}

	private static String target(Row row) {
		return row.target() + (Boolean.TRUE.equals(row.met()) ? " ✔" : " ✘ missed");
	}

	static String format(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return String.format(Locale.ROOT, "%,d", (long) value);
		}
		return String.format(Locale.ROOT, "%,.2f", value);
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

	private static Map<String, Object> read() {
		if (!Files.exists(JSON)) {
			return new LinkedHashMap<>();
		}
		try {
			return MAPPER.readValue(JSON.toFile(), new TypeReference<LinkedHashMap<String, Object>>() {
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Map<String, Object> document) {
		try {
			Files.createDirectories(DIRECTORY);
			MAPPER.writeValue(JSON.toFile(), document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
