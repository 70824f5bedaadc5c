package dev.baton.requests;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.baton.requests.RequestJson.CommentBody;
import dev.baton.requests.RequestJson.Counts;
import dev.baton.requests.RequestJson.HandledTask;
import dev.baton.requests.RequestJson.Diagram;
import dev.baton.requests.RequestJson.Page;
import dev.baton.requests.RequestJson.RequestSummary;
import dev.baton.requests.RequestJson.RequestView;
import dev.baton.requests.RequestJson.StartRequest;
import dev.baton.security.CurrentUser;
import dev.baton.web.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Requests: start one, list them, where is it, withdraw, urge, diagram (docs/api.md). */
@RestController
@RequestMapping("/api/requests")
@Tag(name = "Requests")
class RequestsController {

	private static final int MAX_QUERY = 100;

	/**
	 * Marks the answer of a start that an earlier start with the same Idempotency-Key
	 * gave.
	 */
	static final String REPLAYED = "Idempotent-Replayed";

	/** Nobody pages through ten thousand tasks, and each page costs its offset. */
	private static final int MAX_OFFSET = 10_000;

	private final RequestStarter starter;

	private final RequestReader reader;

	private final RequestActions actions;

	private final HandledTasks handled;

	private final RequestStore store;

	private final CurrentUser currentUser;

	RequestsController(RequestStarter starter, RequestReader reader, RequestActions actions, HandledTasks handled,
			RequestStore store, CurrentUser currentUser) {
		this.starter = starter;
		this.reader = reader;
		this.actions = actions;
		this.handled = handled;
		this.store = store;
		this.currentUser = currentUser;
	}

	@PostMapping
	@Operation(summary = "Start a request of a process from its start form's data")
	@ApiResponse(responseCode = "201", description = "started; Location names the request")
	@ApiResponse(responseCode = "400", description = "the data does not fit the start form (errors name the fields)")
	@ApiResponse(responseCode = "403", description = "the caller may not start this process")
	@ApiResponse(responseCode = "404", description = "no such process to start")
	@ApiResponse(responseCode = "409",
			description = "another start with the same Idempotency-Key is still running after several waits")
	@ApiResponse(responseCode = "422",
			description = "the Idempotency-Key was used in the last 24 hours for other data (request.idempotencyKey.reused)")
	ResponseEntity<RequestView> start(@Valid @RequestBody StartRequest body,
			@Parameter(
					description = "1–100 printable ASCII characters; the same key from the same person within 24 hours "
							+ "answers the first request (201, the request as it is now, Idempotent-Replayed: true) "
							+ "and starts nothing") @RequestHeader(name = IdempotencyKeys.HEADER,
									required = false) String idempotencyKey) {
		RequestStarter.Started started = starter.start(body.processKey().trim(), body.data(), idempotencyKey);
		ResponseEntity.BodyBuilder answer = ResponseEntity.created(URI.create("/api/requests/" + started.requestId()));
		if (started.replayed()) {
			answer.header(REPLAYED, "true");
		}
		return answer.body(reader.view(started.requestId()));
	}

	@GetMapping
	@Operation(summary = "A page of requests: mine (started by me), involved (I have or had a task or acted), "
			+ "cc (copied to me), all (analysts and administrators only)")
	@ApiResponse(responseCode = "403", description = "scope=all for someone who is neither analyst nor administrator")
	Page<RequestSummary> list(
			@Parameter(schema = @Schema(allowableValues = { "mine", "involved", "all", "cc" })) @RequestParam(
					defaultValue = "mine") String scope,
			@Parameter(schema = @Schema(
					allowableValues = { "RUNNING", "COMPLETED", "REJECTED", "WITHDRAWN", "CANCELLED" })) @RequestParam(
							required = false) String status,
			@RequestParam(required = false) String processKey,
			@Parameter(description = "text in the id, title, initiator or process name") @RequestParam(
					required = false) String q,
			@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + RequestReader.DEFAULT_PAGE_SIZE) int size) {
		List<ProblemException.FieldProblem> problems = new ArrayList<>();
		RequestStore.Scope parsedScope = parse(RequestStore.Scope.class, scope, "scope", problems);
		RequestStatus parsedStatus = blank(status) ? null : parse(RequestStatus.class, status, "status", problems);
		if (page < 0) {
			problems.add(new ProblemException.FieldProblem("page", "request.query.invalid"));
		}
		if (size < 1 || size > RequestReader.MAX_PAGE_SIZE) {
			problems.add(new ProblemException.FieldProblem("size", "request.query.size", RequestReader.MAX_PAGE_SIZE));
		}
		if (!problems.isEmpty()) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "error.invalidFields", problems);
		}
		String text = blank(q) ? null : q.strip();
		if (text != null && text.length() > MAX_QUERY) {
			text = text.substring(0, MAX_QUERY);
		}
		return reader.list(parsedScope, parsedStatus, blank(processKey) ? null : processKey.trim(), text, page, size);
	}

	@GetMapping("/handled")
	@Operation(summary = "Tasks I completed (approved, rejected, returned, handed back), newest first, "
			+ "each with its request as it is now")
	@ApiResponse(responseCode = "400", description = "page below 0, or size not between 1 and 100")
	Page<HandledTask> handled(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + RequestReader.DEFAULT_PAGE_SIZE) int size) {
		List<ProblemException.FieldProblem> problems = new ArrayList<>();
		if (page < 0 || (long) page * size > MAX_OFFSET) {
			problems.add(new ProblemException.FieldProblem("page", "request.query.invalid"));
		}
		if (size < 1 || size > RequestReader.MAX_PAGE_SIZE) {
			problems.add(new ProblemException.FieldProblem("size", "request.query.size", RequestReader.MAX_PAGE_SIZE));
		}
		if (!problems.isEmpty()) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "error.invalidFields", problems);
		}
		return handled.page(page, size);
	}

	@GetMapping("/counts")
	@Operation(summary = "Badges: my requests whose end I have not seen, and copies I have not read")
	Counts counts() {
		long[] counts = store.unreadCounts(currentUser.id());
		return new Counts(counts[0], counts[1]);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Where a request is: its data, open steps and timeline; reading a copy marks it read")
	@ApiResponse(responseCode = "403", description = "outside the caller's reach")
	@ApiResponse(responseCode = "404", description = "no such request")
	RequestView view(@PathVariable String id) {
		return reader.view(id);
	}

	@PostMapping("/{id}/withdraw")
	@Operation(summary = "Withdraw a running request; only its initiator, and only while no approver has decided")
	@ApiResponse(responseCode = "403", description = "the caller did not start this request")
	@ApiResponse(responseCode = "409", description = "an approver has decided already, or the request has ended")
	RequestView withdraw(@PathVariable String id, @Valid @RequestBody(required = false) CommentBody body) {
		return actions.withdraw(id, body == null ? null : body.comment());
	}

	@PostMapping("/{id}/urge")
	@Operation(summary = "Remind the people who have the request's open tasks; only its initiator")
	@ApiResponse(responseCode = "204", description = "recorded; the approvers are notified")
	@ApiResponse(responseCode = "403", description = "the caller did not start this request")
	@ApiResponse(responseCode = "409", description = "the request has ended")
	ResponseEntity<Void> urge(@PathVariable String id, @Valid @RequestBody(required = false) CommentBody body) {
		actions.urge(id, body == null ? null : body.comment());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/diagram")
	@Operation(summary = "The request's BPMN diagram with the steps it has completed and the ones open now")
	@ApiResponse(responseCode = "403", description = "outside the caller's reach")
	Diagram diagram(@PathVariable String id) {
		return reader.diagram(id);
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value, String field,
			List<ProblemException.FieldProblem> problems) {
		try {
			return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			problems.add(new ProblemException.FieldProblem(field, "request.query.invalid"));
			return null;
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
