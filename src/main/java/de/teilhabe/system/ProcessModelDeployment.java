package de.teilhabe.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the BPMN/DMN models from {@code processes/} and the Camunda Forms from
 * {@code forms/} as one deployment. The Spring Boot starter's auto-deployment skips
 * {@code .form} files and names resources by absolute file path; user tasks refer to
 * {@code camunda-forms:deployment:forms/x.form}, so the resource names must be the
 * classpath paths. Duplicate filtering makes a restart (or a second node) deploy nothing
 * when no model changed.
 */
@Component
class ProcessModelDeployment extends AbstractProcessEnginePlugin {

	static final String DEPLOYMENT_NAME = "teilhabe";

	static final List<String> FOLDERS = List.of("processes", "forms");

	private static final Logger log = LoggerFactory.getLogger(ProcessModelDeployment.class);

	@Override
	public void postProcessEngineBuild(ProcessEngine processEngine) {
		DeploymentBuilder deployment = processEngine.getRepositoryService()
			.createDeployment()
			.name(DEPLOYMENT_NAME)
			.source(DEPLOYMENT_NAME)
			.enableDuplicateFiltering(true);
		List<String> names = new ArrayList<>();
		try {
			for (String folder : FOLDERS) {
				for (Resource resource : new PathMatchingResourcePatternResolver()
					.getResources("classpath*:" + folder + "/**/*.*")) {
					String name = resourceName(folder, resource);
					if (name.endsWith(".bpmn") || name.endsWith(".dmn") || name.endsWith(".form")) {
						try (InputStream in = resource.getInputStream()) {
							deployment.addInputStream(name, new ByteArrayInputStream(in.readAllBytes()));
						}
						names.add(name);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read process models from the classpath", ex);
		}
		if (names.isEmpty()) {
			throw new IllegalStateException("No process models found under " + FOLDERS + " on the classpath");
		}
		var result = deployment.deployWithResult();
		// with duplicate filtering and nothing changed, the engine returns the earlier
		// deployment without definitions
		var deployed = result.getDeployedProcessDefinitions();
		log.info("Process models: {} resources, deployment {} ({} new process definitions)", names.size(),
				result.getId(), deployed == null ? 0 : deployed.size());
	}

	static String resourceName(String folder, Resource resource) throws IOException {
		String url = resource.getURL().toString();
		int at = url.lastIndexOf("/" + folder + "/");
		return url.substring(at + 1);
	}

}
