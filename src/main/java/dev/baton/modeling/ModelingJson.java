package dev.baton.modeling;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.directory.PersonRef;
import dev.baton.modeling.ProcessCatalog.Localized;

/** The bodies of the modeling API (docs/api.md, "Modeling"). */
final class ModelingJson {

	private ModelingJson() {
	}

	// ---------------------------------------------------------------- requests

	/**
	 * A new process: a blank draft, or a copy of a published version ({@code copyOf}).
	 */
	record NewProcess(String key, Names name, VersionRef copyOf) {
	}

	record Names(String zh, String en) {
	}

	/** A published version; without {@code version}, the latest. */
	record VersionRef(String key, Integer version) {
	}

	/**
	 * Start a draft of an existing process from one of its versions (default: the
	 * latest).
	 */
	record EditProcess(Integer version) {
	}

	/** A save: the revision the designer edited, and the whole new content. */
	record SaveDraft(Integer revision, String bpmnXml, List<FormBody> forms) {
	}

	record FormBody(String id, JsonNode schema) {
	}

	/** The sample initiator approver rules are resolved for; default: the caller. */
	record CheckRequest(String initiator) {
	}

	record PreviewRequest(String initiator, Map<String, Object> data) {
	}

	record PublishRequest(Integer revision, String initiator) {
	}

	// ---------------------------------------------------------------- responses

	record ProcessOverview(String key, Localized name, Integer latestVersion, List<VersionSummary> versions,
			DraftSummary draft) {
	}

	/**
	 * @param origin {@code shipped} (from processes/ at startup), {@code designer}
	 * (published or rolled back here) or {@code other} (e.g. Camunda Modeler through the
	 * engine's REST API)
	 */
	record VersionSummary(int version, String definitionId, String deploymentId, Instant deployedAt,
			PersonRef deployedBy, String origin, Integer republishedFrom, long runningRequests) {
	}

	record DraftSummary(int revision, Integer baseVersion, PersonRef updatedBy, Instant updatedAt) {
	}

	record DraftView(String key, Localized name, int revision, Integer baseVersion, String bpmnXml,
			List<FormView> forms, PersonRef createdBy, Instant createdAt, PersonRef updatedBy, Instant updatedAt) {
	}

	record FormView(String id, JsonNode schema) {
	}

	/**
	 * @param line where in the BPMN file the element (or the XML error) is, from 1;
	 * {@code null} when not known
	 * @param column the column on that line, from 1; {@code null} when not known
	 */
	record FindingView(String elementId, String severity, String code, String message, Integer line, Integer column) {
	}

	/**
	 * @param publishable no finding is an error
	 */
	record CheckResult(String key, int revision, PersonRef initiator, boolean publishable, List<FindingView> findings) {
	}

	record StepView(String elementId, Localized name, String kind, String rule, String outcome,
			List<PersonRef> approvers, List<PersonRef> autoApproved, String reason) {
	}

	record PreviewResult(String key, int revision, PersonRef initiator, List<StepView> steps, List<String> path,
			List<FindingView> problems) {
	}

	record Published(String key, int version, String definitionId, String deploymentId, Integer republishedFrom,
			List<FindingView> warnings) {
	}

	record VersionView(String key, int version, String definitionId, String deploymentId, Instant deployedAt,
			PersonRef deployedBy, String bpmnXml, List<FormView> forms) {
	}

	record Changes(List<String> added, List<String> removed, List<String> changed) {
	}

	/**
	 * Element ids (for the diagram) and form ids that differ from {@code from} to
	 * {@code to}.
	 */
	record DiffView(String key, String from, String to, List<String> added, List<String> removed, List<String> changed,
			Changes forms) {
	}

}
