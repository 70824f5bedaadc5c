package dev.baton.modeling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.directory.Directory;
import dev.baton.forms.SubmissionValidator;
import dev.baton.modeling.ModelingJson.CheckResult;
import dev.baton.modeling.ModelingJson.PreviewResult;
import dev.baton.modeling.ModelingJson.StepView;
import dev.baton.security.CurrentUser;
import dev.baton.web.ProblemException;
import dev.baton.web.ProblemException.FieldProblem;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * What a designer learns about a draft before publishing it: Baton's checks plus the
 * engine's own verdict (parse phase, safety policy) from a deployment that is rolled
 * back, and the route a request would take for sample values.
 */
@Service
class DraftVerification {

	private final Drafts drafts;

	private final ModelChecks checks;

	private final RoutePreview preview;

	private final ProcessPublisher publisher;

	private final DeploymentRefusals refusals;

	private final ProcessVersions versions;

	private final FindingViews views;

	private final Directory directory;

	private final CurrentUser currentUser;

	private final SubmissionValidator submissions;

	DraftVerification(Drafts drafts, ModelChecks checks, RoutePreview preview, ProcessPublisher publisher,
			DeploymentRefusals refusals, ProcessVersions versions, FindingViews views, Directory directory,
			CurrentUser currentUser, SubmissionValidator submissions) {
		this.drafts = drafts;
		this.checks = checks;
		this.preview = preview;
		this.publisher = publisher;
		this.refusals = refusals;
		this.versions = versions;
		this.views = views;
		this.directory = directory;
		this.currentUser = currentUser;
		this.submissions = submissions;
	}

	CheckResult check(String key, String initiator) {
		Drafts.Content draft = drafts.content(key);
		String sample = sampleInitiator(initiator);
		List<Finding> findings = new ArrayList<>(checks(draft, sample));
		if (findings.stream().noneMatch(finding -> finding.code().startsWith("modeling.check.bpmn.invalid"))) {
			try {
				publisher.trial(draft.bundle());
			}
			catch (ProcessEngineException refused) {
				if (!DeploymentRefusals.isRefusal(refused)) {
					throw refused;
				}
				findings.addAll(refusals.findings(refused));
			}
		}
		return new CheckResult(key, draft.draft().revision(), directory.ref(sample),
				findings.stream().noneMatch(Finding::isError), views.of(findings));
	}

	/**
	 * Baton's own checks of the draft, and whether it still builds on the latest version.
	 */
	List<Finding> checks(Drafts.Content draft, String sample) {
		List<Finding> findings = new ArrayList<>(
				checks.check(draft.key(), draft.draft().bpmnXml(), draft.forms(), sample));
		Integer base = draft.draft().baseVersion();
		if (base != null) {
			versions.latest(draft.key())
				.filter(latest -> latest.getVersion() > base)
				.ifPresent(latest -> findings
					.add(Finding.warning(null, "modeling.check.baseOutdated", base, latest.getVersion())));
		}
		return findings;
	}

	PreviewResult preview(String key, String initiator, Map<String, Object> data) {
		Drafts.Content draft = drafts.content(key);
		String sample = sampleInitiator(initiator);
		BpmnModelInstance model;
		try {
			model = ModelXml.read(draft.draft().bpmnXml());
		}
		catch (ModelXml.Invalid invalid) {
			return new PreviewResult(key, draft.draft().revision(), directory.ref(sample), List.of(), List.of(),
					views.of(List.of(invalid.finding())));
		}
		Process process = model.getModelElementsByType(Process.class)
			.stream()
			.filter(candidate -> key.equals(candidate.getId()))
			.findFirst()
			.or(() -> model.getModelElementsByType(Process.class).stream().filter(Process::isExecutable).findFirst())
			.orElse(null);
		if (process == null) {
			return new PreviewResult(key, draft.draft().revision(), directory.ref(sample), List.of(), List.of(),
					views.of(List.of(Finding.error(null, "modeling.check.process.none", key))));
		}
		RoutePreview.Route route = preview.walk(ProcessGraph.of(process), sample, sampleData(process, draft, data));
		List<StepView> steps = route.steps()
			.stream()
			.map(step -> new StepView(step.elementId(), step.name(), step.kind(), step.rule(),
					step.outcome() == null ? null : step.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'),
					step.approvers(), step.autoApproved(), step.reason()))
			.toList();
		return new PreviewResult(key, draft.draft().revision(), directory.ref(sample), steps, route.path(),
				views.of(route.problems()));
	}

	/**
	 * The data a request would hold after its start: what was entered, with the start
	 * form's values as the server would store them and its computed fields (a purchase's
	 * total) computed here, never taken from the browser.
	 */
	private Map<String, Object> sampleData(Process process, Drafts.Content draft, Map<String, Object> data) {
		Map<String, Object> entered = data == null ? Map.of() : data;
		JsonNode startForm = process.getChildElementsByType(StartEvent.class)
			.stream()
			.filter(start -> start.getEventDefinitions().isEmpty() && start.getCamundaFormRef() != null)
			.map(start -> draft.forms().get(start.getCamundaFormRef().trim()))
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
		if (startForm == null) {
			return entered;
		}
		Map<String, Object> sample = new HashMap<>(entered);
		sample.putAll(submissions.sampleValues(startForm, entered));
		return sample;
	}

	/**
	 * The sample initiator: the one asked for (who must be in the directory), or else the
	 * caller.
	 */
	String sampleInitiator(String requested) {
		if (requested == null || requested.isBlank()) {
			return currentUser.id();
		}
		String id = requested.trim();
		if (directory.person(id).isEmpty()) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "error.invalidFields",
					List.of(new FieldProblem("initiator", "modeling.initiator.unknown", id)));
		}
		return id;
	}

}
