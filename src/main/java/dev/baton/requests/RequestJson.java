package dev.baton.requests;

import dev.baton.modeling.ProcessCatalog;
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

	@Schema(name = "RequestSummary")
	record RequestSummary(String id, String processKey, LocalizedText processName, String title, String status,
			PersonRef initiator, Instant startedAt, Instant endedAt, List<StepRef> currentSteps,
			@Schema(description = "cc scope only: not read yet") @JsonInclude(JsonInclude.Include.NON_NULL) Boolean unread) {
	}

	@Schema(name = "CurrentStep")
	record CurrentStep(String stepId, String name, String taskId, PersonRef assignee, List<PersonRef> candidates,
			Instant createdAt, Instant dueAt) {
	}

	@Schema(name = "TimelineEntry")
	record TimelineEntry(String decision, PersonRef actor, String stepId, String stepName, String comment, Instant at) {
	}

	@Schema(name = "RequestView")
	record RequestView(String id, String processKey, LocalizedText processName, String title, String status,
			PersonRef initiator, Instant startedAt, Instant endedAt, String processDefinitionId,
			Map<String, Object> data, List<CurrentStep> currentSteps, List<TimelineEntry> timeline, boolean canWithdraw,
			boolean canUrge) {
	}

	record Page<T>(List<T> items, long total, int page, int size) {
	}

	@Schema(name = "RequestDiagram")
	record Diagram(String bpmnXml, List<String> completedStepIds, List<String> activeStepIds) {
	}

}
