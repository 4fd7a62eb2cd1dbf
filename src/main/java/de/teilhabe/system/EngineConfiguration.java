package de.teilhabe.system;

import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest.Sha512HashDigest;
import org.springframework.stereotype.Component;

/** Engine settings that are code rather than properties. */
@Component
class EngineConfiguration extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setPasswordEncryptor(new BCryptPasswordEncryptor());
		configuration.setCustomPasswordChecker(List.of(new Sha512HashDigest()));
	}

}
