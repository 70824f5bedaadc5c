package dev.baton.engine;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's first deployer: every deployment, whichever way it comes (Baton's publish,
 * {@code /engine-rest/deployment/create}, the shipped {@code processes/}), passes
 * {@link ModelPolicy} on its raw files before the BPMN and DMN deployers parse anything.
 * A refusal throws {@link SafetyPolicyException} inside the deploy command's transaction,
 * so nothing of the deployment is stored. Models loaded again into the engine's cache
 * (after a restart or cache eviction) pass the same check, so a model stored before a
 * rule existed cannot run code either. Which files it judges, and as what, follows the
 * engine's deployers ({@link ModelResources}).
 */
final class SafetyPolicyDeployer implements Deployer {

	private static final Logger log = LoggerFactory.getLogger(SafetyPolicyDeployer.class);

	private final ModelPolicy policy;

	SafetyPolicyDeployer(ModelPolicy policy) {
		this.policy = policy;
	}

	@Override
	public void deploy(DeploymentEntity deployment) {
		Map<String, ResourceEntity> resources = deployment.getResources();
		if (resources == null || resources.isEmpty()) {
			return;
		}
		Map<String, byte[]> files = new TreeMap<>();
		resources.values().forEach(resource -> files.put(resource.getName(), bytes(resource)));
		if (!deployment.isNew()) {
			// Loaded again into the cache: the engine hands over only the files of the
			// definition it needs, but rules across files (calls) judge the whole
			// deployment.
			storedResources(deployment).forEach(resource -> files.putIfAbsent(resource.getName(), bytes(resource)));
		}
		List<PolicyViolation> violations = policy.check(files);
		if (!violations.isEmpty()) {
			SafetyPolicyException refusal = new SafetyPolicyException(violations);
			log.warn("Deployment '{}' refused by the safety policy: {}", deployment.getName(), refusal.getMessage());
			throw refusal;
		}
	}

	private static List<ResourceEntity> storedResources(DeploymentEntity deployment) {
		CommandContext context = Context.getCommandContext();
		if (context == null || deployment.getId() == null) {
			return List.of();
		}
		return context.getResourceManager().findResourcesByDeploymentId(deployment.getId());
	}

	private static byte[] bytes(ResourceEntity resource) {
		return resource.getBytes() == null ? new byte[0] : resource.getBytes();
	}

}
