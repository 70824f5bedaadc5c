package dev.baton.tasks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.directory.Directory;
import dev.baton.directory.PersonRef;
import dev.baton.engine.ApprovalVariables;
import dev.baton.engine.EngineLookups;
import dev.baton.engine.PlainVariables;
import dev.baton.forms.FormInputs;
import dev.baton.forms.FormSchemas;
import dev.baton.modeling.ProcessCatalog;
import dev.baton.modeling.RequestSummaries;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the inbox and the task page show of a task (docs/api.md: TaskSummary, task
 * detail).
 */
@Component
class TaskViews {

	private final RuntimeService runtimeService;

	private final EngineLookups engine;

	private final Directory directory;

	private final ProcessCatalog catalog;

	private final FormSchemas forms;

	private final ReturnTargets returnTargets;

	private final TaskGuard guard;

	private final RequestSummaries summaries;

	TaskViews(RuntimeService runtimeService, EngineLookups engine, Directory directory, ProcessCatalog catalog,
			FormSchemas forms, ReturnTargets returnTargets, TaskGuard guard, RequestSummaries summaries) {
		this.runtimeService = runtimeService;
		this.engine = engine;
		this.directory = directory;
		this.catalog = catalog;
		this.forms = forms;
		this.returnTargets = returnTargets;
		this.guard = guard;
		this.summaries = summaries;
	}

	/**
	 * @param summary the request's key figures (its process's {@code baton.summary}
	 * fields), labelled by the forms of its version
	 */
	record TaskSummary(String id, String name, String stepId, String processKey, ProcessCatalog.Localized processName,
			ProcessCatalog.Localized stepName, String requestId, String requestTitle,
			List<RequestSummaries.Item> summary, PersonRef initiator, PersonRef assignee, PersonRef owner,
			boolean delegated, Instant createdAt, Instant dueAt, boolean claimable) {
	}

	/** What the step asks of its assignee: to approve the request, or to do a task. */
	static final String APPROVAL_STEP = "approval";

	static final String TASK_STEP = "task";

	private static final String TITLE = "title";

	record ReturnTarget(String stepId, ProcessCatalog.Localized name) {
	}

	/**
	 * @param form this step's form, or {@code null} when the step has none
	 * @param stepKind {@code approval} when the step's form only shows the request
	 * (approve or reject it), {@code task} when it asks for input (submit it)
	 * @param startForm the start form of the request's own process version (what a step
	 * without a form shows, read-only), or {@code null}
	 */
	record TaskDetail(TaskSummary task, JsonNode form, Map<String, Object> data, String requestId,
			List<ReturnTarget> returnTargets, boolean canAct, boolean canClaim, String stepKind, JsonNode startForm) {
	}

	TaskSummary summary(Task task) {
		return summary(task, task.getAssignee(), businessKey(task), summaryVariables(task));
	}

	/** A task just claimed: as loaded before, with its new assignee. */
	TaskSummary claimed(TaskHandOffs.Claimed claimed) {
		return summary(claimed.task(), claimed.assignee(), claimed.businessKey(), summaryVariables(claimed.task()));
	}

	private Map<String, Object> summaryVariables(Task task) {
		List<String> names = new ArrayList<>(List.of(ApprovalVariables.INITIATOR, TITLE));
		names.addAll(summaries.keys(task.getProcessDefinitionId()));
		return runtimeService.getVariablesTyped(task.getProcessInstanceId(), names, false);
	}

	private String businessKey(Task task) {
		return engine.businessKey(task.getProcessInstanceId());
	}

	/**
	 * @param assignee who holds the task
	 * @param variables the request's variables, at least its initiator, title and summary
	 * fields: read once for the whole view
	 */
	private TaskSummary summary(Task task, String assignee, String businessKey, Map<String, Object> variables) {
		Object initiator = variables.get(ApprovalVariables.INITIATOR);
		Object title = variables.get(TITLE);
		List<RequestSummaries.Item> summary = summaries.keys(task.getProcessDefinitionId()).isEmpty() ? List.of()
				: summaries.items(task.getProcessDefinitionId(),
						summaries.valuesOf(task.getProcessDefinitionId(), variables), LocaleContextHolder.getLocale());
		ProcessCatalog.ProcessInfo process = catalog.of(task.getProcessDefinitionId());
		return new TaskSummary(task.getId(), task.getName(), task.getTaskDefinitionKey(), process.key(), process.name(),
				process.step(task.getTaskDefinitionKey()), businessKey, title == null ? null : title.toString(),
				summary, directory.ref(initiator == null ? null : initiator.toString()), directory.ref(assignee),
				directory.ref(task.getOwner()), task.getDelegationState() == DelegationState.PENDING,
				task.getCreateTime().toInstant(), task.getDueDate() == null ? null : task.getDueDate().toInstant(),
				assignee == null);
	}

	TaskDetail detail(Task task, String userId) {
		VariableMap variables = runtimeService.getVariablesTyped(task.getProcessInstanceId(), false);
		TaskSummary summary = summary(task, task.getAssignee(), businessKey(task), variables);
		Map<String, Object> data = PlainVariables.of(variables);
		List<ReturnTarget> targets = returnTargets.of(task)
			.stream()
			.map(target -> new ReturnTarget(target.stepId(),
					ReturnTargets.INITIATOR.equals(target.stepId()) ? new ProcessCatalog.Localized("发起人", "Initiator")
							: catalog.of(task.getProcessDefinitionId()).step(target.stepId())))
			.toList();
		boolean canAct = userId.equals(task.getAssignee());
		boolean canClaim = task.getAssignee() == null && guard.isCandidate(task, userId);
		JsonNode form = forms.taskForm(task).orElse(null);
		return new TaskDetail(summary, form, data, summary.requestId(), targets, canAct, canClaim,
				FormInputs.asksForInput(form) ? TASK_STEP : APPROVAL_STEP,
				forms.startForm(task.getProcessDefinitionId()).orElse(null));
	}

}
