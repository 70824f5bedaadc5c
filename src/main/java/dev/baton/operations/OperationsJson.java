package dev.baton.operations;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** The JSON bodies of the operations console's API ({@code /api/admin/requests}). */
final class OperationsJson {

	private OperationsJson() {
	}

	@Schema(name = "OperationsPerson")
	record PersonRef(String id, String name, boolean active) {
	}

	@Schema(name = "OperationsText")
	record LocalizedText(String zh, String en) {
	}

	@Schema(name = "OperationsStep", description = "A step the request waits at")
	record Step(String stepId, String name, String taskId, PersonRef assignee, List<PersonRef> candidates,
			Instant createdAt, Instant dueAt) {
	}

	@Schema(name = "OperationsRequest", description = "A request as the console lists it")
	record RequestRow(String id, String processKey, LocalizedText processName, String title, String status,
			boolean suspended, PersonRef initiator, String departmentName, Instant startedAt, Instant endedAt,
			List<Step> currentSteps) {
	}

	@Schema(name = "OperationsPage")
	record Page<T>(List<T> items, long total, int page, int size) {
	}

	@Schema(name = "OperationsIncident", description = "Something the engine could not do")
	record Incident(String id, @Schema(allowableValues = {
			"failedJob", "baton-no-approver", "other" }) String type, String stepId, String stepName, String message,
			Instant since, @Schema(description = "whether retry can run it again") boolean retryable){
	}

	@Schema(name = "OperationsHelpRow", description = "A request that needs help, and why")
	record HelpRow(RequestRow request, @Schema(allowableValues = {
			"failedJob", "noApprover", "incident", "assigneeLeft", "noCandidates", "overdue",
			"suspended" }) String reason, @Schema(description = "the reason in the caller's language") String why,
			String stepId, String stepName, String taskId, String incidentId, PersonRef person, Instant since){
	}

	@Schema(name = "OperationsCase", description = "One request as the console shows it, with what can be done")
	record Case(RequestRow request, String processDefinitionId, List<Incident> incidents, @Schema(
			description = "the ids of the activities the request waits at now (what a jump moves away from)") List<String> activeStepIds,
			List<String> actions) {
	}

	@Schema(name = "OperationsReassign")
	record ReassignBody(String taskId, String assigneeId, String reason) {
	}

	@Schema(name = "OperationsRetry")
	record RetryBody(String incidentId, String reason) {
	}

	@Schema(name = "OperationsJump")
	record JumpBody(
			@Schema(description = "the activity ids the administrator saw the request at") List<String> fromStepIds,
			String targetStepId, String reason) {
	}

	@Schema(name = "OperationsReason")
	record ReasonBody(String reason) {
	}

	@Schema(name = "OperationsVersionCount", description = "One version of a process and its running requests")
	record VersionCount(int version, String definitionId, long running) {
	}

	@Schema(name = "OperationsProcessVersions", description = "A process with requests running on its versions")
	record ProcessVersions(String processKey, LocalizedText processName, int latestVersion, String latestDefinitionId,
			List<VersionCount> versions) {
	}

	@Schema(name = "OperationsStepRef")
	record StepRef(String stepId, String name, long waiting) {
	}

	@Schema(name = "OperationsMigrationCheck",
			description = "What moving the running requests of a version to the latest one would do, as the engine "
					+ "validates it")
	record MigrationCheck(String fromDefinitionId, int fromVersion, String toDefinitionId, int toVersion, long running,
			@Schema(description = "steps that map to the same step of the latest version") List<StepRef> mapped,
			@Schema(description = "steps requests wait at that the latest version does not have") List<StepRef> unmapped,
			@Schema(description = "the engine's validation failures") List<String> problems, boolean possible) {
	}

	@Schema(name = "OperationsMigrate")
	record MigrateBody(String fromDefinitionId, String toDefinitionId, String reason) {
	}

	@Schema(name = "OperationsMigrated")
	record Migrated(int migrated, MigrationCheck check) {
	}

}
