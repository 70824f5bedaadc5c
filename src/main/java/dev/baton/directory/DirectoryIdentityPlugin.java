package dev.baton.directory;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.stereotype.Component;

/**
 * Shows Baton's directory to the engine: replaces the engine's database identity provider
 * with {@link DirectoryIdentityProvider}. The Camunda Spring Boot starter applies every
 * {@code ProcessEnginePlugin} bean. The provider reads Baton's tables only and never
 * calls the engine's services.
 */
@Component
class DirectoryIdentityPlugin extends AbstractProcessEnginePlugin {

	private final EngineIdentities identities;

	DirectoryIdentityPlugin(EngineIdentities identities) {
		this.identities = identities;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setIdentityProviderSessionFactory(new SessionFactory() {
			@Override
			public Class<?> getSessionType() {
				return ReadOnlyIdentityProvider.class;
			}

			@Override
			public Session openSession() {
				return new DirectoryIdentityProvider(identities);
			}
		});
	}

}
