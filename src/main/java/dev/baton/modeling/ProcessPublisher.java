package dev.baton.modeling;

import static java.nio.charset.StandardCharsets.UTF_8;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes a process model: the BPMN and its forms become one Camunda deployment, named
 * after the process key so that versions line up per process.
 * <ul>
 * <li>{@link #publish}: the shipped models at startup. Duplicate filtering compares with
 * the latest deployment of the same name made this way, so publishing unchanged files
 * creates no version and changing any file creates exactly one.</li>
 * <li>{@link #publishNewVersion}: the process designer (publish a draft, roll back to an
 * older version). Always a new version, even when the files equal an earlier one: a
 * rollback to version 1 after version 2 must become version 3. Its deployments have a
 * source of their own, so the startup comparison of shipped files never sees them.</li>
 * <li>{@link #trial}: the same deployment inside a transaction that is rolled back, so
 * the engine's parse phase (approver rules, safety policy) judges a draft without
 * publishing it.</li>
 * </ul>
 */
@Service
public class ProcessPublisher {

	static final String SOURCE = "baton";
	static final String DESIGNER_SOURCE = "baton-designer";

	private final RepositoryService repositoryService;

	private final TransactionTemplate rolledBack;

	ProcessPublisher(RepositoryService repositoryService, PlatformTransactionManager transactionManager) {
		this.repositoryService = repositoryService;
		this.rolledBack = new TransactionTemplate(transactionManager);
		this.rolledBack.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * @return the deployment id and whether a new version was created
	 */
	public PublishResult publish(ProcessBundle bundle) {
		DeploymentBuilder builder = builder(bundle, SOURCE).enableDuplicateFiltering(false);
		String previous = latestDeploymentId(bundle.name());
		Deployment deployment = builder.deploy();
		return new PublishResult(deployment.getId(), !deployment.getId().equals(previous));
	}

	/**
	 * Deploys the bundle as a new version whatever the earlier ones hold. Joins the
	 * caller's transaction.
	 * @throws org.camunda.bpm.engine.ProcessEngineException when the engine refuses the
	 * model
	 */
	DeploymentWithDefinitions publishNewVersion(ProcessBundle bundle) {
		return builder(bundle, DESIGNER_SOURCE).deployWithResult();
	}

	/**
	 * Lets the engine parse and deploy the bundle in a transaction of its own that is
	 * always rolled back: nothing is stored.
	 * @throws org.camunda.bpm.engine.ProcessEngineException when the engine refuses the
	 * model
	 */
	void trial(ProcessBundle bundle) {
		rolledBack.executeWithoutResult(status -> {
			status.setRollbackOnly();
			builder(bundle, DESIGNER_SOURCE).deploy();
		});
	}

	private DeploymentBuilder builder(ProcessBundle bundle, String source) {
		DeploymentBuilder builder = repositoryService.createDeployment()
			.name(bundle.name())
			.source(source)
			.addString(bundle.bpmnResource(), new String(bundle.bpmn(), UTF_8));
		bundle.forms().forEach((resource, json) -> builder.addString(resource, new String(json, UTF_8)));
		return builder;
	}

	/**
	 * Whether the latest version of the process was published in the designer (not
	 * shipped).
	 */
	boolean latestIsFromDesigner(String processKey) {
		var latest = repositoryService.createProcessDefinitionQuery()
			.processDefinitionKey(processKey)
			.withoutTenantId()
			.latestVersion()
			.singleResult();
		if (latest == null) {
			return false;
		}
		Deployment deployment = repositoryService.createDeploymentQuery()
			.deploymentId(latest.getDeploymentId())
			.singleResult();
		return deployment != null && DESIGNER_SOURCE.equals(deployment.getSource());
	}

	private String latestDeploymentId(String name) {
		Deployment latest = repositoryService.createDeploymentQuery()
			.deploymentName(name)
			.deploymentSource(SOURCE)
			.orderByDeploymentTime()
			.desc()
			.listPage(0, 1)
			.stream()
			.findFirst()
			.orElse(null);
		return latest == null ? null : latest.getId();
	}

	public record PublishResult(String deploymentId, boolean newVersion) {
	}

}
