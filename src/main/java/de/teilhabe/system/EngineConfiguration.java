package de.teilhabe.system;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Engine settings that are code rather than properties. */
@Component
class EngineConfiguration extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		// the engine keeps checking hashes of its default SHA-512 digest, so older
		// passwords still work
		configuration.setPasswordEncryptor(new BCryptPasswordEncryptor());
	}

}
