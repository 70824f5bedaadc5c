package dev.baton.requests;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.baton.forms.FormSchemas;
import dev.baton.modeling.ProcessCatalog;
import dev.baton.requests.RequestJson.HandledTask;
import dev.baton.requests.RequestJson.Page;
import dev.baton.requests.RequestJson.RequestSummary;
import dev.baton.security.CurrentUser;
import dev.baton.tasks.ApprovalLedger;
import dev.baton.tasks.LedgerEntry;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * "Done by me" (已处理): the tasks the caller completed, newest first, each with its request
 * as it is now. A page costs one ledger query (and one count), one query for the page's
 * requests and one engine query for their open steps, however long the page.
 */
@Component
class HandledTasks {

	private final CurrentUser currentUser;

	private final ApprovalLedger ledger;

	private final RequestStore store;

	private final RequestReader reader;

	private final ProcessCatalog catalog;

	private final FormSchemas forms;

	HandledTasks(CurrentUser currentUser, ApprovalLedger ledger, RequestStore store, RequestReader reader,
			ProcessCatalog catalog, FormSchemas forms) {
		this.currentUser = currentUser;
		this.ledger = ledger;
		this.store = store;
		this.reader = reader;
		this.catalog = catalog;
		this.forms = forms;
	}

	Page<HandledTask> page(int page, int size) {
		String caller = currentUser.id();
		List<LedgerEntry> entries = ledger.tasksCompletedBy(caller, page * size, size);
		long total = page == 0 && entries.size() < size ? entries.size() : ledger.countTasksCompletedBy(caller);
		Set<String> requestIds = new LinkedHashSet<>();
		entries.stream().map(LedgerEntry::businessKey).filter(id -> id != null).forEach(requestIds::add);
		List<RequestRow> rows = store.findAll(requestIds);
		Map<String, RequestSummary> requests = reader.summaries(rows, null)
			.stream()
			.collect(Collectors.toMap(RequestSummary::id, Function.identity()));
		Locale locale = LocaleContextHolder.getLocale();
		List<HandledTask> items = entries.stream()
			.map(entry -> new HandledTask(entry.taskId(), entry.stepId(),
					entry.processDefinitionId() == null ? entry.stepName()
							: RequestViews.ledgerStepName(catalog.of(entry.processDefinitionId()), entry, locale),
					entry.decision(),
					RequestViews.stepKind(forms.versionForms(entry.processDefinitionId()), entry.stepId()),
					entry.comment(), entry.recordedAt(), requests.get(entry.businessKey())))
			.toList();
		return new Page<>(items, total, page, size);
	}

}
