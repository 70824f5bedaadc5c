package dev.baton.requests;

import dev.baton.modeling.ProcessCatalog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.baton.directory.Directory;
import dev.baton.directory.Person;
import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.forms.FormInputs;
import dev.baton.forms.FormSchemas;
import dev.baton.forms.VersionForms;
import dev.baton.modeling.RequestSummaries;
import dev.baton.requests.RequestJson.CurrentStep;
import dev.baton.requests.RequestJson.DataSection;
import dev.baton.requests.RequestJson.Diagram;
import dev.baton.requests.RequestJson.Outcome;
import dev.baton.requests.RequestJson.SummaryField;
import dev.baton.requests.RequestJson.LocalizedText;
import dev.baton.requests.RequestJson.Page;
import dev.baton.requests.RequestJson.PersonRef;
import dev.baton.requests.RequestJson.RequestSummary;
import dev.baton.requests.RequestJson.RequestView;
import dev.baton.requests.RequestJson.StepRef;
import dev.baton.requests.RequestJson.TimelineEntry;
import dev.baton.security.CurrentUser;
import dev.baton.tasks.LedgerEntry;
import dev.baton.web.Messages;
import dev.baton.web.ProblemException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Reads requests for people: lists by scope, one request with its data, open steps and
 * timeline, and its diagram. Nobody reads a request outside their reach: its initiator,
 * the people involved in it (everyone who ever had one of its tasks, see
 * {@link RequestTracking}), the people it was copied to, whoever may work on one of its
 * open tasks (candidates who have not claimed it yet), anyone the ledger names as having
 * acted on it, and analysts and administrators.
 */
@Component
class RequestReader {

	static final int DEFAULT_PAGE_SIZE = 20;
	static final int MAX_PAGE_SIZE = 100;

	private final CurrentUser currentUser;

	private final RequestStore store;

	private final RequestLedger ledger;

	private final ProcessCatalog catalog;

	private final OpenSteps openSteps;

	private final RequestData data;

	private final Directory directory;

	private final Messages messages;

	private final HistoryService historyService;

	private final RepositoryService repositoryService;

	private final RequestSummaries summaries;

	private final FormSchemas forms;

	private final StartableProcesses startable;

	private final RequestDiagrams diagrams;

	RequestReader(CurrentUser currentUser, RequestStore store, RequestLedger ledger, ProcessCatalog catalog,
			OpenSteps openSteps, RequestData data, Directory directory, Messages messages,
			HistoryService historyService, RepositoryService repositoryService, RequestSummaries summaries,
			FormSchemas forms, StartableProcesses startable, RequestDiagrams diagrams) {
		this.diagrams = diagrams;
		this.summaries = summaries;
		this.forms = forms;
		this.startable = startable;
		this.currentUser = currentUser;
		this.store = store;
		this.ledger = ledger;
		this.catalog = catalog;
		this.openSteps = openSteps;
		this.data = data;
		this.directory = directory;
		this.messages = messages;
		this.historyService = historyService;
		this.repositoryService = repositoryService;
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
		Map<String, PersonRef> people = people(rows.stream().map(RequestRow::initiatorId).toList());
		Map<String, List<Task>> tasks = openSteps
			.tasksOf(rows.stream().filter(RequestRow::running).map(RequestRow::processInstanceId).toList());
		Locale locale = LocaleContextHolder.getLocale();
		return rows.stream().map(row -> {
			ProcessCatalog.ProcessInfo process = catalog.of(row.processDefinitionId());
			List<StepRef> steps = tasks.getOrDefault(row.processInstanceId(), List.of())
				.stream()
				.map(task -> new StepRef(task.getTaskDefinitionKey(), stepName(process, task, locale)))
				.toList();
			PersonRef initiator = people.get(row.initiatorId());
			Boolean unread = scope == RequestStore.Scope.MINE ? Boolean.valueOf(row.initiatorUnread())
					: scope == RequestStore.Scope.CC ? row.unread() : null;
			return new RequestSummary(row.id(), row.processKey(), LocalizedText.of(process.name()),
					title(row, process, initiator, locale), row.status().name(),
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
		requireReach(row, caller, steps, found.copied());
		// written only when the row says there is something to mark
		if (found.copyUnread()) {
			store.markRead(row.id(), caller, Instant.now());
		}
		if (row.initiatorUnread() && caller.equals(row.initiatorId())) {
			store.markReadByInitiator(row.id());
		}
		return view(row, caller, steps);
	}

	Diagram diagram(String requestId) {
		String caller = currentUser.id();
		RequestStore.ForReader found = findFor(requestId, caller);
		RequestRow row = found.row();
		requireReach(row, caller, row.running() ? openSteps.of(row.processInstanceId()) : List.of(), found.copied());
		return diagrams.of(row);
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

	/**
	 * The request as its initiator or another reader sees it (no reach check: callers did
	 * it).
	 */
	RequestView view(RequestRow row, String caller, List<OpenSteps.OpenStep> steps) {
		Locale locale = LocaleContextHolder.getLocale();
		ProcessCatalog.ProcessInfo process = catalog.of(row.processDefinitionId());
		List<LedgerEntry> entries = ledger.entriesOf(row.processInstanceId());

		Set<String> ids = new LinkedHashSet<>();
		ids.add(row.initiatorId());
		List<List<String>> candidates = new ArrayList<>();
		for (OpenSteps.OpenStep step : steps) {
			if (step.task().getAssignee() != null) {
				ids.add(step.task().getAssignee());
			}
			List<String> stepCandidates = openSteps.candidates(step);
			candidates.add(stepCandidates);
			ids.addAll(stepCandidates);
		}
		entries.stream().map(LedgerEntry::actorId).filter(id -> id != null).forEach(ids::add);
		Map<String, PersonRef> people = people(ids);

		List<CurrentStep> current = new ArrayList<>();
		for (int i = 0; i < steps.size(); i++) {
			Task task = steps.get(i).task();
			current.add(new CurrentStep(task.getTaskDefinitionKey(), stepName(process, task, locale), task.getId(),
					task.getAssignee() == null ? null : people.get(task.getAssignee()),
					candidates.get(i).stream().map(people::get).toList(),
					task.getCreateTime() == null ? null : task.getCreateTime().toInstant(),
					task.getDueDate() == null ? null : task.getDueDate().toInstant()));
		}
		VersionForms version = forms.versionForms(row.processDefinitionId());
		List<TimelineEntry> timeline = entries.stream()
			.map(entry -> new TimelineEntry(entry.decision(),
					entry.actorId() == null ? null : people.get(entry.actorId()), entry.stepId(),
					ledgerStepName(process, entry, locale), entry.comment(), entry.recordedAt(),
					stepKind(version, entry.stepId())))
			.toList();

		boolean initiator = caller.equals(row.initiatorId());
		PersonRef initiatorRef = people.get(row.initiatorId());
		LedgerEntry last = row.running() ? null : RequestLedger.lastDecision(entries);
		Outcome outcome = last == null || RequestLedger.START.equals(last.decision()) ? null
				: new Outcome(last.decision(), last.actorId() == null ? null : people.get(last.actorId()),
						last.stepId(), ledgerStepName(process, last, locale), last.comment(), last.recordedAt());
		return new RequestView(row.id(), row.processKey(), LocalizedText.of(process.name()),
				title(row, process, initiatorRef, locale), row.status().name(),
				SummaryField.of(summaries.items(row.processDefinitionId(), row.summary(), locale)), initiatorRef,
				row.startedAt(), row.endedAt(), row.processDefinitionId(), data.of(row.processInstanceId()),
				dataSections(process, version, entries, locale), version.formsById(), outcome, current, timeline,
				initiator && row.running() && !RequestLedger.anyoneDecided(entries), initiator && row.running(),
				initiator && !row.running() && mayStartAgain(row),
				steps.stream().anyMatch(step -> step.task().isSuspended()));
	}

	/**
	 * What a step asks of its assignee, from its form: {@code task} when it asks for
	 * input, {@code approval} when it only shows the request; {@code null} without a
	 * form.
	 */
	static String stepKind(VersionForms version, String stepId) {
		return version.formOf(stepId).map(form -> FormInputs.asksForInput(form) ? "task" : "approval").orElse(null);
	}

	/**
	 * The steps that filled in the request's data, in the order they first did: its
	 * start, and every step completed with a form that asks for input.
	 */
	private List<DataSection> dataSections(ProcessCatalog.ProcessInfo process, VersionForms version,
			List<LedgerEntry> entries, Locale locale) {
		Map<String, DataSection> sections = new java.util.LinkedHashMap<>();
		for (LedgerEntry entry : entries) {
			String stepId = entry.stepId();
			if (stepId == null || sections.containsKey(stepId) || !FILLS_DATA.contains(entry.decision())) {
				continue;
			}
			String formId = version.formIdByStep().get(stepId);
			JsonNode form = formId == null ? null : version.formsById().get(formId);
			if (form != null && (RequestLedger.START.equals(entry.decision()) || FormInputs.asksForInput(form))) {
				sections.put(stepId, new DataSection(stepId, ledgerStepName(process, entry, locale), formId));
			}
		}
		return List.copyOf(sections.values());
	}

	/** Ledger decisions that store the data of the step's form. */
	private static final Set<String> FILLS_DATA = Set.of(RequestLedger.START, "approve", "resolve");

	/**
	 * Whether the initiator may start the request's process again (its latest version).
	 */
	private boolean mayStartAgain(RequestRow row) {
		return startable.latest(row.processKey())
			.map(definition -> startable.mayStart(definition, row.initiatorId()))
			.orElse(false);
	}

	/**
	 * @param copied whether the request was copied to the caller (read with the row)
	 */
	private void requireReach(RequestRow row, String caller, List<OpenSteps.OpenStep> steps, boolean copied) {
		if (!mayRead(row, caller, steps, copied)) {
			throw new ProblemException(HttpStatus.FORBIDDEN, "request.forbidden");
		}
	}

	private boolean mayRead(RequestRow row, String caller, List<OpenSteps.OpenStep> steps, boolean copied) {
		if (caller.equals(row.initiatorId()) || currentUser.readsAllRequests() || copied
				|| store.isParticipant(row.id(), caller)) {
			return true;
		}
		if (!steps.isEmpty()) {
			Set<String> groups = new HashSet<>(directory.groupIdsOf(caller));
			if (steps.stream().anyMatch(step -> step.concerns(caller, groups))) {
				return true;
			}
		}
		// anyone who acted on it, should an action ever be taken by someone who never had
		// its task
		return ledger.entriesOf(row.processInstanceId()).stream().anyMatch(entry -> caller.equals(entry.actorId()));
	}

	private String title(RequestRow row, ProcessCatalog.ProcessInfo process, PersonRef initiator, Locale locale) {
		if (row.title() != null) {
			return row.title();
		}
		return messages.get(locale, "request.title.default", process.name().in(locale),
				initiator == null ? row.initiatorId() : initiator.name());
	}

	private static String stepName(ProcessCatalog.ProcessInfo process, Task task, Locale locale) {
		if (ProcessCatalog.Localized.isEnglish(locale) && process.steps().containsKey(task.getTaskDefinitionKey())) {
			return process.step(task.getTaskDefinitionKey()).en();
		}
		return task.getName() != null ? task.getName() : process.step(task.getTaskDefinitionKey()).zh();
	}

	static String ledgerStepName(ProcessCatalog.ProcessInfo process, LedgerEntry entry, Locale locale) {
		if (entry.stepId() != null && process.steps().containsKey(entry.stepId())
				&& (ProcessCatalog.Localized.isEnglish(locale) || entry.stepName() == null)) {
			return process.step(entry.stepId()).in(locale);
		}
		return entry.stepName();
	}

	private Map<String, PersonRef> people(Collection<String> ids) {
		Set<String> distinct = new LinkedHashSet<>(ids);
		Map<String, PersonRef> found = directory.people(distinct)
			.stream()
			.collect(Collectors.toMap(Person::id, person -> new PersonRef(person.id(), person.displayName()),
					(a, b) -> a));
		return distinct.stream()
			.collect(Collectors.toMap(Function.identity(), id -> found.getOrDefault(id, new PersonRef(id, id)),
					(a, b) -> a));
	}

}
