package dev.baton.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.baton.operations.OperationsJson.Case;
import dev.baton.operations.OperationsJson.HelpRow;
import dev.baton.operations.OperationsJson.JumpBody;
import dev.baton.operations.OperationsJson.Page;
import dev.baton.operations.OperationsJson.ReasonBody;
import dev.baton.operations.OperationsJson.ReassignBody;
import dev.baton.operations.OperationsJson.RequestRow;
import dev.baton.operations.OperationsJson.RetryBody;
import dev.baton.requests.RequestSearch;
import dev.baton.web.ProblemException;
import dev.baton.web.ProblemException.FieldProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The operations console over HTTP, administrators only: every request, the ones that
 * need help, one request with what can be done, and the actions (each needs a
 * {@code reason}; 400 names the missing or bad fields, 409 says what changed or why the
 * engine cannot do it).
 */
@RestController
@RequestMapping("/api/admin/requests")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Operations", description = "Requests that need help; administrators only")
class OperationsController {

	private static final int MAX_PAGE_SIZE = 100;

	private static final int MAX_OFFSET = 10_000;

	private static final int MAX_QUERY = 100;

	private final AllRequests all;

	private final StuckRequests stuck;

	private final RequestCases cases;

	private final StepActions steps;

	private final LifecycleActions lifecycle;

	OperationsController(AllRequests all, StuckRequests stuck, RequestCases cases, StepActions steps,
			LifecycleActions lifecycle) {
		this.all = all;
		this.stuck = stuck;
		this.cases = cases;
		this.steps = steps;
		this.lifecycle = lifecycle;
	}

	@GetMapping
	@Operation(summary = "Every request, newest first, filtered by status, process, text, initiator, department "
			+ "(with its sub-departments), the step it waits at and how many days it has been running")
	@ApiResponse(responseCode = "400", description = "a filter or the page is out of range (errors name the field)")
	Page<RequestRow> list(@RequestParam(required = false) String status,
			@RequestParam(required = false) String processKey, @RequestParam(required = false) String q,
			@RequestParam(required = false) String initiator, @RequestParam(required = false) String department,
			@RequestParam(required = false) String step, @RequestParam(required = false) Integer runningDays,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		List<FieldProblem> problems = new ArrayList<>();
		String parsedStatus = blank(status) ? null : status.strip().toUpperCase(Locale.ROOT);
		if (parsedStatus != null && !RequestSearch.STATUSES.contains(parsedStatus)) {
			problems.add(new FieldProblem("status", "request.query.invalid"));
		}
		if (runningDays != null && (runningDays < 0 || runningDays > 36_500)) {
			problems.add(new FieldProblem("runningDays", "operations.query.days"));
		}
		if (page < 0 || (long) page * size > MAX_OFFSET) {
			problems.add(new FieldProblem("page", "request.query.invalid"));
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			problems.add(new FieldProblem("size", "request.query.size", MAX_PAGE_SIZE));
		}
		if (!problems.isEmpty()) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "error.invalidFields", problems);
		}
		String text = blank(q) ? null : q.strip();
		if (text != null && text.length() > MAX_QUERY) {
			text = text.substring(0, MAX_QUERY);
		}
		return all.page(new AllRequests.Filter(parsedStatus, trim(processKey), text, trim(initiator), trim(department),
				trim(step), runningDays), page, size);
	}

	@GetMapping("/needs-help")
	@Operation(summary = "Running requests that need an administrator, each with why: an incident, a step whose "
			+ "assignee has left or that nobody can claim, a step past its due time, a suspended request")
	List<HelpRow> needsHelp() {
		return stuck.list();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One request: where it waits and for whom, its incidents and the actions that fit")
	@ApiResponse(responseCode = "404", description = "no such request")
	Case view(@PathVariable String id) {
		return cases.view(id);
	}

	@PostMapping("/{id}/reassign")
	@Operation(summary = "Give a step's task to another active person")
	@ApiResponse(responseCode = "400", description = "no reason, no task id, an unknown or inactive person")
	@ApiResponse(responseCode = "409", description = "the task is no longer open, the request ended or is suspended")
	Case reassign(@PathVariable String id, @RequestBody(required = false) ReassignBody body) {
		ReassignBody given = body == null ? new ReassignBody(null, null, null) : body;
		steps.reassign(id, given.taskId(), given.assigneeId(), given.reason());
		return cases.view(id);
	}

	@PostMapping("/{id}/retry")
	@Operation(summary = "Run a failed job again, or enter a step that found no approver again")
	@ApiResponse(responseCode = "409", description = "the incident is gone, or it is of a kind that cannot be retried")
	Case retry(@PathVariable String id, @RequestBody(required = false) RetryBody body) {
		RetryBody given = body == null ? new RetryBody(null, null) : body;
		steps.retry(id, given.incidentId(), given.reason());
		return cases.view(id);
	}

	@PostMapping("/{id}/jump")
	@Operation(summary = "Move the request from the steps it waits at (as the caller saw them) to another step")
	@ApiResponse(responseCode = "400", description = "no reason, or the target is not a step of the request's model")
	@ApiResponse(responseCode = "409", description = "the request is no longer where the caller saw it")
	Case jump(@PathVariable String id, @RequestBody(required = false) JumpBody body) {
		JumpBody given = body == null ? new JumpBody(null, null, null) : body;
		steps.jump(id, given.fromStepIds(), given.targetStepId(), given.reason());
		return cases.view(id);
	}

	@PostMapping("/{id}/cancel")
	@Operation(summary = "End the request; it ends as CANCELLED")
	@ApiResponse(responseCode = "409", description = "the request has ended already")
	Case cancel(@PathVariable String id, @RequestBody(required = false) ReasonBody body) {
		lifecycle.cancel(id, body == null ? null : body.reason());
		return cases.view(id);
	}

	@PostMapping("/{id}/suspend")
	@Operation(summary = "Suspend the request: its tasks leave the inbox and nobody can act on them")
	@ApiResponse(responseCode = "409", description = "the request has ended or is suspended already")
	Case suspend(@PathVariable String id, @RequestBody(required = false) ReasonBody body) {
		lifecycle.suspend(id, body == null ? null : body.reason());
		return cases.view(id);
	}

	@PostMapping("/{id}/resume")
	@Operation(summary = "Resume a suspended request")
	@ApiResponse(responseCode = "409", description = "the request has ended or is not suspended")
	Case resume(@PathVariable String id, @RequestBody(required = false) ReasonBody body) {
		lifecycle.resume(id, body == null ? null : body.reason());
		return cases.view(id);
	}

	private static String trim(String text) {
		return blank(text) ? null : text.strip();
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
