package dev.baton.engine;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.bpmn.deployer.BpmnDeployer;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.dmn.deployer.DecisionDefinitionDeployer;
import org.camunda.bpm.engine.impl.dmn.deployer.DecisionRequirementsDefinitionDeployer;
import org.camunda.bpm.engine.impl.form.deployer.CamundaFormDefinitionDeployer;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One of the engine's own deployers, whose refusal of a model becomes a
 * {@link SafetyPolicyException} like the policy's ({@link EngineRefusals}): element,
 * rule, line and column, in any caller's language, and a 400 on the engine's REST API
 * where a DMN or form the engine cannot read used to be a 500. Failures of the database
 * pass unchanged. Installed by {@link #wrapAll} around every deployer the engine runs, so
 * the engine's own list of deployers (which it searches for its {@link BpmnDeployer})
 * stays as it is.
 */
final class ReadableRefusalDeployer implements Deployer {

	private static final Logger log = LoggerFactory.getLogger(ReadableRefusalDeployer.class);

	private final Deployer delegate;

	private final ModelResources kind;

	private ReadableRefusalDeployer(Deployer delegate) {
		this.delegate = delegate;
		this.kind = kindOf(delegate);
	}

	/**
	 * Every deployer the engine's deployment cache runs, wrapped (the policy's as it is).
	 */
	static void wrapAll(ProcessEngineConfigurationImpl configuration) {
		List<Deployer> wrapped = configuration.getDeployers()
			.stream()
			.map(deployer -> deployer instanceof SafetyPolicyDeployer || deployer instanceof ReadableRefusalDeployer
					? deployer : new ReadableRefusalDeployer(deployer))
			.toList();
		configuration.getDeploymentCache().setDeployers(wrapped);
	}

	@Override
	public void deploy(DeploymentEntity deployment) {
		try {
			delegate.deploy(deployment);
		}
		catch (SafetyPolicyException refused) {
			throw refused;
		}
		catch (ProcessEngineException failure) {
			if (!EngineRefusals.isAboutTheModel(failure)) {
				throw failure;
			}
			SafetyPolicyException refusal = EngineRefusals.translate(failure, kind, deployment);
			log.warn("Deployment '{}' refused by the engine: {}", deployment.getName(), refusal.getMessage());
			throw refusal;
		}
	}

	private static ModelResources kindOf(Deployer deployer) {
		if (deployer instanceof BpmnDeployer) {
			return ModelResources.BPMN;
		}
		if (deployer instanceof DecisionDefinitionDeployer
				|| deployer instanceof DecisionRequirementsDefinitionDeployer) {
			return ModelResources.DMN;
		}
		if (deployer instanceof CamundaFormDefinitionDeployer) {
			return ModelResources.FORM;
		}
		return ModelResources.OTHER;
	}

}
