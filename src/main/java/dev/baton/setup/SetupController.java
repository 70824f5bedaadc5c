package dev.baton.setup;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.baton.directory.LoginHistory;
import dev.baton.directory.PersonRef;
import dev.baton.security.CurrentUser;
import dev.baton.web.ProblemException;
import dev.baton.web.ProblemException.FieldProblem;

/** The administrator's getting-started checklist and its actions. */
@RestController
@RequestMapping("/api/admin/setup")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Getting started")
class SetupController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final SetupChecklist checklist;

	private final SetupMarks marks;

	private final ApproverCheck approvers;

	private final DemoRemoval demo;

	private final LoginHistory logins;

	private final LoginSlips slips;

	private final CurrentUser currentUser;

	SetupController(SetupChecklist checklist, SetupMarks marks, ApproverCheck approvers, DemoRemoval demo,
			LoginHistory logins, LoginSlips slips, CurrentUser currentUser) {
		this.checklist = checklist;
		this.marks = marks;
		this.approvers = approvers;
		this.demo = demo;
		this.logins = logins;
		this.slips = slips;
		this.currentUser = currentUser;
	}

	record Confirmation(Boolean confirm) {
	}

	record LoginSlipRequest(List<String> logins) {
	}

	@GetMapping
	@Operation(summary = "The checklist: each item with whether it is done now, and whether it was dismissed")
	SetupChecklist.State state() {
		return checklist.state();
	}

	@PostMapping("/dismiss")
	@Operation(summary = "Hide the checklist; 409 setup.checklist.notDone while an item is not done")
	SetupChecklist.State dismiss() {
		return checklist.dismiss(currentUser.id());
	}

	@GetMapping("/approvers")
	@Operation(summary = "Each published process's route for a sample person of each department")
	Map<String, Object> approvers() {
		return Map.of("samples", approvers.samples(), "reviewed",
				marks.find(SetupMarks.APPROVERS_REVIEWED).isPresent());
	}

	@PostMapping("/approvers/reviewed")
	@Operation(summary = "Mark the approvers as reviewed (the checklist item ticks)")
	ResponseEntity<Void> reviewed() {
		marks.mark(SetupMarks.APPROVERS_REVIEWED, currentUser.id());
		return ResponseEntity.noContent().build();
	}

	@DeleteMapping("/approvers/reviewed")
	@Operation(summary = "Take the mark back")
	ResponseEntity<Void> notReviewed() {
		marks.unmark(SetupMarks.APPROVERS_REVIEWED);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/logins")
	@Operation(summary = "The active people who have never logged in")
	List<PersonRef> neverLoggedIn() {
		return logins.neverLoggedIn().stream().map(person -> new PersonRef(person.id(), person.displayName())).toList();
	}

	@PostMapping(path = "/login-slips",
			produces = { "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
					MediaType.APPLICATION_PROBLEM_JSON_VALUE, MediaType.APPLICATION_JSON_VALUE })
	@Operation(summary = "New first passwords for these people, as a sheet of login slips (.xlsx, shown once)")
	ResponseEntity<byte[]> loginSlips(@RequestBody(required = false) LoginSlipRequest body) {
		byte[] sheet = slips.issue(body == null ? null : body.logins(), currentUser.id());
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("登录信息.xlsx", StandardCharsets.UTF_8).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(sheet);
	}

	@GetMapping("/demo")
	@Operation(summary = "What removing the demo organisation would remove, and the requests that prevent it")
	DemoRemoval.Preview demo() {
		return demo.preview(currentUser.id());
	}

	@PostMapping("/demo/removal")
	@Operation(summary = "Remove the demo organisation and its people's requests; body {\"confirm\": true}")
	DemoRemoval.Result removeDemo(@RequestBody(required = false) Confirmation body) {
		if (body == null || !Boolean.TRUE.equals(body.confirm())) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "error.invalidFields",
					List.of(new FieldProblem("confirm", "setup.demo.confirm")));
		}
		return demo.remove(currentUser.id());
	}

}
