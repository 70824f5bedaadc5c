package dev.baton.requests;

import dev.baton.modeling.ProcessCatalog;
import dev.baton.modeling.RequestSummaries;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The JSON bodies of the Processes and Requests API (docs/api.md). */
final class RequestJson {

	private RequestJson() {
	}

	@Schema(name = "Person", description = "A person as lists and timelines show them")
	record PersonRef(String id, String name) {
	}

	@Schema(name = "LocalizedText")
	record LocalizedText(String zh, String en) {

		static LocalizedText of(ProcessCatalog.Localized text) {
			return text == null ? null : new LocalizedText(text.zh(), text.en());
		}
	}

	@Schema(name = "StartableProcess", description = "The latest version of a process the caller may start")
	record StartableProcess(String key, LocalizedText name, LocalizedText description, int version, String definitionId,
			@Schema(description = "form-js schema of the start form") JsonNode startForm) {
	}

	@Schema(name = "StartRequest")
	record StartRequest(@NotBlank @Size(max = 100) String processKey,
			@Schema(description = "the start form's values, by field key") Map<String, Object> data) {
	}

	@Schema(name = "CommentBody")
	record CommentBody(@Size(max = 2000) String comment) {
	}

	@Schema(name = "StepRef")
	record StepRef(String stepId, String name) {
	}

	@Schema(name = "SummaryField",
			description = "One of the request's key figures (its process's baton.summary fields), labelled by the "
					+ "forms of its own process version")
	record SummaryField(String key, String label, @Schema(allowableValues = {
			"number", "date", "time", "datetime", "boolean", "option", "text" }) String type,
			@Schema(description = "the stored value: text, number, boolean or a list of those") JsonNode value,
			@Schema(description = "an option's label for a select, radio, checklist or taglist") String text){

		static List<SummaryField> of(List<RequestSummaries.Item> items) {
			return items.stream()
				.map(item -> new SummaryField(item.key(), item.label(), item.type(), item.value(), item.text()))
				.toList();
		}
	}

	@Schema(name = "RequestSummary")
	record RequestSummary(String id, String processKey, LocalizedText processName, String title, String status,
			List<SummaryField> summary, PersonRef initiator, Instant startedAt, Instant endedAt,
			List<StepRef> currentSteps,
			@Schema(description = "mine: its initiator has not seen how it ended; cc: not read yet") @JsonInclude(JsonInclude.Include.NON_NULL) Boolean unread) {
	}

	@Schema(name = "CurrentStep")
	record CurrentStep(String stepId, String name, String taskId, PersonRef assignee, List<PersonRef> candidates,
			Instant createdAt, Instant dueAt) {
	}

	@Schema(name = "TimelineEntry")
	record TimelineEntry(String decision, PersonRef actor, String stepId, String stepName, String comment, Instant at,
			@Schema(description = "approval: the step's form only shows the request; task: it asks for input "
					+ "(an approve there is a submit); null for anything but a step with a form") String stepKind) {
	}

	@Schema(name = "DataSection", description = "A step that filled in some of the request's data, and its form")
	record DataSection(String stepId, String name, String formId) {
	}

	@Schema(name = "RequestOutcome", description = "The decision that ended the request")
	record Outcome(String decision, PersonRef actor, String stepId, String stepName, String comment, Instant at) {
	}

	@Schema(name = "RequestView")
	record RequestView(String id, String processKey, LocalizedText processName, String title, String status,
			List<SummaryField> summary, PersonRef initiator, Instant startedAt, Instant endedAt,
			String processDefinitionId, Map<String, Object> data,
			@Schema(description = "the steps that filled in the data, in order, the start first") List<DataSection> dataSections,
			@Schema(description = "form-js schemas of the request's own process version, by form id") Map<String, JsonNode> forms,
			@Schema(description = "ended requests: the decision that ended it, if one did") Outcome outcome,
			List<CurrentStep> currentSteps, List<TimelineEntry> timeline, boolean canWithdraw, boolean canUrge,
			@Schema(description = "its initiator may start a new request from its data") boolean canResubmit,
			@Schema(description = "an administrator suspended it: nobody can act on its steps until it is resumed") boolean suspended) {
	}

	@Schema(name = "HandledTask", description = "A task the caller completed, with its request as it is now")
	record HandledTask(String taskId, String stepId, String stepName, String decision, String stepKind, String comment,
			Instant at, RequestSummary request) {
	}

	@Schema(name = "RequestCounts", description = "Badges: my requests with news, copies not read yet")
	record Counts(long unread, long ccUnread) {
	}

	record Page<T>(List<T> items, long total, int page, int size) {
	}

	@Schema(name = "RequestDiagram")
	record Diagram(String bpmnXml, List<String> completedStepIds, List<String> activeStepIds,
			@Schema(description = "where an ended request stopped short of its end: the step that rejected it, "
					+ "the steps open when it was withdrawn or cancelled") List<String> stoppedStepIds) {
	}

}
