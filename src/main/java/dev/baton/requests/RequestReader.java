package dev.baton.requests;

import dev.baton.modeling.ProcessCatalog;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.baton.modeling.RequestSummaries;
import dev.baton.requests.RequestJson.Diagram;
import dev.baton.requests.RequestJson.SummaryField;
import dev.baton.requests.RequestJson.LocalizedText;
import dev.baton.requests.RequestJson.Page;
import dev.baton.requests.RequestJson.PersonRef;
import dev.baton.requests.RequestJson.RequestSummary;
import dev.baton.requests.RequestJson.RequestView;
import dev.baton.requests.RequestJson.StepRef;
import dev.baton.security.CurrentUser;
import dev.baton.web.ProblemException;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Reads requests for people: lists by scope, one request (shown by {@link RequestViews})
 * and its diagram, each within the caller's reach ({@link RequestReach}).
 */
@Component
class RequestReader {

	static final int DEFAULT_PAGE_SIZE = 20;
	static final int MAX_PAGE_SIZE = 100;

	private final CurrentUser currentUser;

	private final RequestStore store;

	private final ProcessCatalog catalog;

	private final OpenSteps openSteps;

	private final RequestSummaries summaries;

	private final RequestDiagrams diagrams;

	private final RequestViews views;

	private final RequestReach reach;

	RequestReader(CurrentUser currentUser, RequestStore store, ProcessCatalog catalog, OpenSteps openSteps,
			RequestSummaries summaries, RequestDiagrams diagrams, RequestViews views, RequestReach reach) {
		this.diagrams = diagrams;
		this.summaries = summaries;
		this.currentUser = currentUser;
		this.store = store;
		this.catalog = catalog;
		this.openSteps = openSteps;
		this.views = views;
		this.reach = reach;
	}

	Page<RequestSummary> list(RequestStore.Scope scope, RequestStatus status, String processKey, String text, int page,
			int size) {
		String caller = currentUser.id();
		if (scope == RequestStore.Scope.ALL && !currentUser.readsAllRequests()) {
			throw new ProblemException(HttpStatus.FORBIDDEN, "request.scope.allForbidden");
		}
		RequestStore.Filter filter = new RequestStore.Filter(scope, caller, status, processKey, text);
		List<RequestRow> rows = store.page(filter, page, size);
		long total = page == 0 && rows.size() < size ? rows.size() : store.count(filter);
		List<RequestSummary> items = summaries(rows, scope);
		return new Page<>(items, total, page, size);
	}

	/**
	 * Requests as lists show them, with their open steps (one engine query for all) and
	 * the people who started them (one directory query). Unread marks: in my requests,
	 * the ones whose end I have not seen; in copies, the ones I have not read.
	 */
	List<RequestSummary> summaries(List<RequestRow> rows, RequestStore.Scope scope) {
		Map<String, PersonRef> people = views.people(rows.stream().map(RequestRow::initiatorId).toList());
		Map<String, List<Task>> tasks = openSteps
			.tasksOf(rows.stream().filter(RequestRow::running).map(RequestRow::processInstanceId).toList());
		Locale locale = LocaleContextHolder.getLocale();
		return rows.stream().map(row -> {
			ProcessCatalog.ProcessInfo process = catalog.of(row.processDefinitionId());
			List<StepRef> steps = tasks.getOrDefault(row.processInstanceId(), List.of())
				.stream()
				.map(task -> new StepRef(task.getTaskDefinitionKey(), RequestViews.stepName(process, task, locale)))
				.toList();
			PersonRef initiator = people.get(row.initiatorId());
			Boolean unread = scope == RequestStore.Scope.MINE ? Boolean.valueOf(row.initiatorUnread())
					: scope == RequestStore.Scope.CC ? row.unread() : null;
			return new RequestSummary(row.id(), row.processKey(), LocalizedText.of(process.name()),
					views.title(row, process, initiator, locale), row.status().name(),
					SummaryField.of(summaries.items(row.processDefinitionId(), row.summary(), locale)), initiator,
					row.startedAt(), row.endedAt(), steps, unread);
		}).toList();
	}

	/**
	 * One request for the caller, 403 outside their reach; reading a copy marks it read.
	 */
	RequestView view(String requestId) {
		String caller = currentUser.id();
		RequestStore.ForReader found = findFor(requestId, caller);
		RequestRow row = found.row();
		List<OpenSteps.OpenStep> steps = row.running() ? openSteps.of(row.processInstanceId()) : List.of();
		reach.require(row, caller, steps, found.copied());
		// written only when the row says there is something to mark
		if (found.copyUnread()) {
			store.markRead(row.id(), caller, Instant.now());
		}
		if (row.initiatorUnread() && caller.equals(row.initiatorId())) {
			store.markReadByInitiator(row.id());
		}
		return views.of(row, caller, steps);
	}

	Diagram diagram(String requestId) {
		String caller = currentUser.id();
		RequestStore.ForReader found = findFor(requestId, caller);
		RequestRow row = found.row();
		reach.require(row, caller, row.running() ? openSteps.of(row.processInstanceId()) : List.of(), found.copied());
		return diagrams.of(row);
	}

	/**
	 * The request as its initiator or another reader sees it (no reach check: callers did
	 * it).
	 */
	RequestView view(RequestRow row, String caller, List<OpenSteps.OpenStep> steps) {
		return views.of(row, caller, steps);
	}

	RequestRow find(String requestId) {
		return store.find(requestId)
			.filter(row -> row.processInstanceId() != null)
			.orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "request.notFound"));
	}

	private RequestStore.ForReader findFor(String requestId, String caller) {
		return store.findFor(requestId, caller)
			.filter(found -> found.row().processInstanceId() != null)
			.orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "request.notFound"));
	}

}
