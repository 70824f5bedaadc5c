package dev.baton.modeling;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.baton.modeling.ModelingJson.Published;
import dev.baton.security.CurrentUser;
import dev.baton.web.ProblemException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.http.HttpStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishing from the designer. A draft becomes one new version: its BPMN and forms in
 * one deployment named after the process key, only when Baton's checks find no error and
 * the engine accepts it; the draft is deleted in the same transaction. Running requests
 * stay on their version; new requests use the new one. A rollback publishes an older
 * version's BPMN and forms again, as a new version.
 */
@Service
class Publishing {

	private final Drafts drafts;

	private final DraftVerification verification;

	private final ProcessPublisher publisher;

	private final DeploymentRefusals refusals;

	private final ProcessVersions versions;

	private final DraftStore store;

	private final FindingViews views;

	private final CurrentUser currentUser;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	Publishing(Drafts drafts, DraftVerification verification, ProcessPublisher publisher, DeploymentRefusals refusals,
			ProcessVersions versions, DraftStore store, FindingViews views, CurrentUser currentUser,
			PlatformTransactionManager transactionManager, ApplicationEventPublisher events) {
		this.events = events;
		this.drafts = drafts;
		this.verification = verification;
		this.publisher = publisher;
		this.refusals = refusals;
		this.versions = versions;
		this.store = store;
		this.views = views;
		this.currentUser = currentUser;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	Published publish(String key, Integer revision, String initiator) {
		if (revision == null) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "error.invalidFields",
					List.of(new ProblemException.FieldProblem("revision", "validation.notnull")));
		}
		Drafts.Content draft = drafts.content(key);
		if (draft.draft().revision() != revision) {
			throw new DraftStaleException(draft.draft());
		}
		List<Finding> findings = verification.checks(draft, verification.sampleInitiator(initiator));
		if (findings.stream().anyMatch(Finding::isError)) {
			throw new PublishRefusedException(findings);
		}
		String user = currentUser.id();
		ProcessDefinition definition = deploy(draft.bundle(), key, deployed -> {
			if (!store.delete(key, revision)) {
				throw new DraftStaleException(store.find(key).orElse(draft.draft()));
			}
			store.insertPublication(publication(deployed, user, null));
			events.publishEvent(new ProcessModelChanged(ProcessModelChanged.Kind.PUBLISHED, key, deployed.getVersion(),
					null, deployed.getId(), user));
		});
		return new Published(key, definition.getVersion(), definition.getId(), definition.getDeploymentId(), null,
				views.of(findings));
	}

	Published republish(String key, int version) {
		ProcessVersions.Content content = versions.content(versions.require(key, version));
		Map<String, byte[]> forms = new LinkedHashMap<>();
		content.formResources()
			.forEach((id, resource) -> forms.put(resource, content.forms().get(id).toString().getBytes(UTF_8)));
		ProcessBundle bundle = new ProcessBundle(key, content.bpmnResource(), content.bpmnXml().getBytes(UTF_8), forms);
		String user = currentUser.id();
		ProcessDefinition definition = deploy(bundle, key, deployed -> {
			store.insertPublication(publication(deployed, user, version));
			events.publishEvent(new ProcessModelChanged(ProcessModelChanged.Kind.ROLLED_BACK, key,
					deployed.getVersion(), version, deployed.getId(), user));
		});
		return new Published(key, definition.getVersion(), definition.getId(), definition.getDeploymentId(), version,
				List.of());
	}

	/**
	 * Deploys and records in one transaction; the engine's refusal becomes 422 with its
	 * findings.
	 */
	private ProcessDefinition deploy(ProcessBundle bundle, String key,
			java.util.function.Consumer<ProcessDefinition> record) {
		try {
			return transaction.execute(status -> {
				DeploymentWithDefinitions deployment = publisher.publishNewVersion(bundle);
				ProcessDefinition definition = deployment.getDeployedProcessDefinitions()
					.stream()
					.filter(candidate -> key.equals(candidate.getKey()))
					.findFirst()
					.orElseThrow(() -> new PublishRefusedException(
							List.of(Finding.error(null, "modeling.check.process.none", key))));
				record.accept(definition);
				return definition;
			});
		}
		catch (ProcessEngineException refused) {
			if (!DeploymentRefusals.isRefusal(refused)) {
				throw refused;
			}
			throw new PublishRefusedException(refusals.findings(refused));
		}
	}

	private static DraftStore.Publication publication(ProcessDefinition definition, String user,
			Integer republishedFrom) {
		return new DraftStore.Publication(definition.getDeploymentId(), definition.getKey(), definition.getVersion(),
				definition.getId(), user, Instant.now().truncatedTo(ChronoUnit.MILLIS), republishedFrom);
	}

}
