package de.teilhabe;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.Options;

/**
 * Keeps the modules (the packages directly under {@code de.teilhabe}) honest: no cycles,
 * no use of another module's internals, and only the dependencies each module's
 * {@code package-info.java} allows. Writes their documentation into {@code docs/modules},
 * which the README links, so the diagrams never lag behind the code.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(TeilhabeApplication.class);

	@Test
	void modulesDependOnlyOnWhatTheyAllow() {
		modules.verify();
	}

	@Test
	void writesTheModulesDocumentation() {
		new Documenter(modules, Options.defaults().withOutputFolder("docs/modules")).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases()
			.writeAggregatingDocument();
	}

}
