package de.teilhabe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.Options;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the modules (the packages directly under {@code de.teilhabe}) honest: no cycles,
 * no use of another module's internals, and only the dependencies each module's
 * {@code package-info.java} allows. Writes their documentation into {@code docs/modules},
 * which the README links, so the diagrams never lag behind the code.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(TeilhabeApplication.class);

	static final Path DOCS = Path.of("docs/modules");

	@Test
	void modulesDependOnlyOnWhatTheyAllow() {
		modules.verify();
	}

	@Test
	void writesTheModulesDocumentation() throws IOException {
		new Documenter(modules, Options.defaults().withOutputFolder(DOCS.toString())).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases()
			.writeAggregatingDocument();
		try (Stream<Path> files = Files.list(DOCS)) {
			for (Path diagram : files.filter(file -> file.toString().endsWith(".puml")).toList()) {
				Files.writeString(diagram, sortElements(Files.readString(diagram)));
			}
		}
	}

	/**
	 * The diagrams list components and relations in an order that shifts with unrelated
	 * changes; sorted, a diff of docs/modules shows only what changed.
	 */
	static String sortElements(String plantUml) {
		List<String> lines = new ArrayList<>(Arrays.asList(plantUml.split("\n", -1)));
		int start = 0;
		while (start < lines.size()) {
			String kind = kind(lines.get(start));
			int end = start + 1;
			while (kind != null && end < lines.size() && kind.equals(kind(lines.get(end)))) {
				end++;
			}
			Collections.sort(lines.subList(start, end));
			start = end;
		}
		return String.join("\n", lines);
	}

	private static String kind(String line) {
		return line.startsWith("Rel(") ? "Rel" : line.strip().startsWith("Component(") ? "Component" : null;
	}

	/**
	 * The README's architecture table has a row per module with the purpose its
	 * package-info states and the dependencies it allows.
	 */
	@Test
	void readmeDescribesEveryModuleAsItsPackageInfo() throws Exception {
		String readme = Files.readString(Path.of("README.md"));
		for (var module : modules) {
			String name = module.getBasePackage().getName();
			String allowed = Arrays.stream(
					Class.forName(name + ".package-info").getAnnotation(ApplicationModule.class).allowedDependencies())
				.map(dependency -> "`" + dependency + "`")
				.collect(Collectors.joining(", "));
			String row = "| `%s` | %s | %s |".formatted(module.getIdentifier(), purpose(name),
					allowed.isEmpty() ? "none" : allowed);
			assertThat(readme).as("README row of " + name).contains(row);
		}
	}

	/** The first paragraph of the package's javadoc, {@code code} as Markdown. */
	private static String purpose(String packageName) throws IOException {
		String source = Files.readString(Path.of("src/main/java", packageName.replace('.', '/'), "package-info.java"));
		Matcher javadoc = Pattern.compile("/\\*\\*(.*?)(<p>|\\*/)", Pattern.DOTALL).matcher(source);
		assertThat(javadoc.find()).as("javadoc of " + packageName).isTrue();
		String text = javadoc.group(1).replaceAll("\\s*\\n\\s*\\*", " ").strip().replaceAll("\\s+", " ");
		return text.replaceAll("\\{@code ([^}]*)}", "`$1`");
	}

}
