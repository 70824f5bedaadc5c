package dev.baton.tasks;

import java.util.List;
import java.util.Map;

import dev.baton.security.CurrentUser;
import dev.baton.web.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Everything an approver does with one task (docs/api.md, "Tasks"). */
@RestController
@RequestMapping("/api/tasks")
@Tag(name = "Tasks")
class TaskController {

	private final CurrentUser currentUser;

	private final TaskGuard guard;

	private final TaskViews views;

	private final TaskDecisions decisions;

	private final TaskHandOffs handOffs;

	private final BatchApproval batch;

	private final TaskLists lists;

	private final TaskRaces races;

	TaskController(CurrentUser currentUser, TaskGuard guard, TaskViews views, TaskDecisions decisions,
			TaskHandOffs handOffs, BatchApproval batch, TaskLists lists, TaskRaces races) {
		this.lists = lists;
		this.races = races;
		this.currentUser = currentUser;
		this.guard = guard;
		this.views = views;
		this.decisions = decisions;
		this.handOffs = handOffs;
		this.batch = batch;
	}

	record CompleteBody(String decision, String comment, Map<String, Object> data, String returnTo) {
	}

	record PersonBody(String userId, String comment) {
	}

	record SignerBody(String userId, String position, String comment) {
	}

	record CommentBody(String comment) {
	}

	record CopyBody(List<String> userIds, String comment) {
	}

	record BatchBody(List<String> taskIds, String comment) {
	}

	record Completed(String processInstanceId) {
	}

	record BatchResults(List<BatchApproval.Result> results) {
	}

	@GetMapping
	@Operation(summary = "My tasks: assigned to me, offered to me to claim, or both; with badge counts")
	TaskLists.TaskList list(@RequestParam(defaultValue = "all-mine") String scope,
			@RequestParam(required = false) String processKey, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String order,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		InboxFilter filter;
		try {
			filter = new InboxFilter(processKey, q, InboxFilter.Sort.of(sort), InboxFilter.Order.of(order), page, size);
		}
		catch (IllegalArgumentException invalid) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "task.list.invalid");
		}
		return lists.list(currentUser.id(), scope, filter);
	}

	@GetMapping("/counts")
	@Operation(summary = "Badge counts: tasks assigned to me, tasks I may claim")
	InboxCounts counts() {
		return lists.counts(currentUser.id());
	}

	@GetMapping("/{id}")
	@Operation(summary = "A task with its form, the request's data and where it can be returned to")
	TaskViews.TaskDetail task(@PathVariable String id) {
		String userId = currentUser.id();
		return races.guard(id, () -> views.detail(guard.visibleTo(id, userId), userId));
	}

	@PostMapping("/{id}/claim")
	@Operation(summary = "Take a task offered to you (or your department or role)")
	TaskViews.TaskSummary claim(@PathVariable String id) {
		String userId = currentUser.id();
		return races.guard(id, () -> views.claimed(handOffs.claim(id, userId)));
	}

	@PostMapping("/{id}/unclaim")
	@Operation(summary = "Give a claimed task back to everyone it is offered to")
	TaskViews.TaskSummary unclaim(@PathVariable String id) {
		String userId = currentUser.id();
		return races.guard(id, () -> views.summary(handOffs.unclaim(id, userId)));
	}

	@PostMapping("/{id}/complete")
	@Operation(summary = "Approve, reject, or return the request (to the initiator or an earlier step)")
	Completed complete(@PathVariable String id, @RequestBody CompleteBody body) {
		return new Completed(decisions.decide(id, currentUser.id(),
				new TaskDecisions.Decision(body.decision(), body.comment(), body.data(), body.returnTo())));
	}

	@PostMapping("/{id}/transfer")
	@Operation(summary = "Hand the task to someone else, who then owns it")
	TaskViews.TaskSummary transfer(@PathVariable String id, @RequestBody PersonBody body) {
		String userId = currentUser.id();
		return races.guard(id, () -> views.summary(handOffs.transfer(id, userId, body.userId(), body.comment())));
	}

	@PostMapping("/{id}/delegate")
	@Operation(summary = "Let someone work the task; it comes back to you when they finish")
	TaskViews.TaskSummary delegate(@PathVariable String id, @RequestBody PersonBody body) {
		String userId = currentUser.id();
		return races.guard(id, () -> views.summary(handOffs.delegate(id, userId, body.userId(), body.comment())));
	}

	@PostMapping("/{id}/add-signer")
	@Operation(summary = "Add an approver before you (it comes back to you) or after you (before the step completes)")
	TaskViews.TaskSummary addSigner(@PathVariable String id, @RequestBody SignerBody body) {
		String userId = currentUser.id();
		return races.guard(id,
				() -> views.summary(handOffs.addSigner(id, userId, body.userId(), body.position(), body.comment())));
	}

	@PostMapping("/{id}/comment")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Comment on the request without deciding")
	void comment(@PathVariable String id, @RequestBody CommentBody body) {
		String userId = currentUser.id();
		races.guard(id, () -> handOffs.comment(id, userId, body.comment()));
	}

	@PostMapping("/{id}/cc")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Copy people in on the request (they can read it, not act)")
	void copy(@PathVariable String id, @RequestBody CopyBody body) {
		String userId = currentUser.id();
		races.guard(id, () -> handOffs.copy(id, userId, body.userIds(), body.comment()));
	}

	@PostMapping("/batch-approve")
	@Operation(summary = "Approve several tasks of the same step; one result per task")
	BatchResults batchApprove(@RequestBody BatchBody body) {
		return new BatchResults(batch.approve(body.taskIds(), currentUser.id(), body.comment()));
	}

}
