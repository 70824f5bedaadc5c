package dev.baton.requests;

import dev.baton.modeling.ProcessCatalog;
import java.util.ArrayList;
import java.util.Collection;
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
import dev.baton.requests.RequestJson.Outcome;
import dev.baton.requests.RequestJson.SummaryField;
import dev.baton.requests.RequestJson.LocalizedText;
import dev.baton.requests.RequestJson.PersonRef;
import dev.baton.requests.RequestJson.RequestView;
import dev.baton.requests.RequestJson.TimelineEntry;
import dev.baton.tasks.LedgerEntry;
import dev.baton.web.Messages;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * One request as a reader sees it: its data grouped by the step that filled it, its open
 * steps and who they wait for, its timeline and outcome, and what its initiator may do
 * with it. Also the names lists show (people, titles, step names in the reader's
 * language).
 */
@Component
class RequestViews {

	private final RequestLedger ledger;

	private final ProcessCatalog catalog;

	private final OpenSteps openSteps;

	private final RequestData data;

	private final Directory directory;

	private final Messages messages;

	private final RequestSummaries summaries;

	private final FormSchemas forms;

	private final StartableProcesses startable;

	RequestViews(RequestLedger ledger, ProcessCatalog catalog, OpenSteps openSteps, RequestData data,
			Directory directory, Messages messages, RequestSummaries summaries, FormSchemas forms,
			StartableProcesses startable) {
		this.ledger = ledger;
		this.catalog = catalog;
		this.openSteps = openSteps;
		this.data = data;
		this.directory = directory;
		this.messages = messages;
		this.summaries = summaries;
		this.forms = forms;
		this.startable = startable;
	}

	/**
	 * The request as its initiator or another reader sees it (no reach check: callers did
	 * it).
	 */
	RequestView of(RequestRow row, String caller, List<OpenSteps.OpenStep> steps) {
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

	String title(RequestRow row, ProcessCatalog.ProcessInfo process, PersonRef initiator, Locale locale) {
		if (row.title() != null) {
			return row.title();
		}
		return messages.get(locale, "request.title.default", process.name().in(locale),
				initiator == null ? row.initiatorId() : initiator.name());
	}

	static String stepName(ProcessCatalog.ProcessInfo process, Task task, Locale locale) {
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

	Map<String, PersonRef> people(Collection<String> ids) {
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
