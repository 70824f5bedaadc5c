package dev.baton.operations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.baton.modeling.ProcessCatalog;
import dev.baton.operations.OperationsJson.LocalizedText;
import dev.baton.operations.OperationsJson.MigrationCheck;
import dev.baton.operations.OperationsJson.Migrated;
import dev.baton.operations.OperationsJson.ProcessVersions;
import dev.baton.operations.OperationsJson.StepRef;
import dev.baton.operations.OperationsJson.VersionCount;
import dev.baton.requests.RequestSearch;
import dev.baton.requests.RequestVersions;
import dev.baton.security.CurrentUser;
import dev.baton.tasks.ApprovalLedger;
import dev.baton.tasks.LedgerEntry;
import dev.baton.web.ProblemException;
import dev.baton.web.ProblemException.FieldProblem;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Versions (版本): how many requests run on each version of a process, and moving the
 * running requests of an old version to the latest one. The engine's migration plan maps
 * each step to the step with the same id; its validation report, and the steps requests
 * wait at that the latest version lacks, are shown before anything runs, and a migration
 * that is not possible is refused with them.
 */
@Component
class VersionMigration {

	static final String MIGRATE = "admin-migrate";

	private final RepositoryService repositoryService;

	private final RuntimeService runtimeService;

	private final ProcessCatalog catalog;

	private final RequestSearch search;

	private final RequestVersions requestVersions;

	private final ApprovalLedger ledger;

	private final CurrentUser currentUser;

	private final TransactionTemplate transaction;

	VersionMigration(RepositoryService repositoryService, RuntimeService runtimeService, ProcessCatalog catalog,
			RequestSearch search, RequestVersions requestVersions, ApprovalLedger ledger, CurrentUser currentUser,
			TransactionTemplate transaction) {
		this.repositoryService = repositoryService;
		this.runtimeService = runtimeService;
		this.catalog = catalog;
		this.search = search;
		this.requestVersions = requestVersions;
		this.ledger = ledger;
		this.currentUser = currentUser;
		this.transaction = transaction;
	}

	/** The processes with running requests, each version with how many run on it. */
	List<ProcessVersions> running() {
		Map<String, List<ProcessDefinition>> byKey = repositoryService.createProcessDefinitionQuery()
			.list()
			.stream()
			.collect(Collectors.groupingBy(ProcessDefinition::getKey, LinkedHashMap::new, Collectors.toList()));
		List<ProcessVersions> processes = new ArrayList<>();
		byKey.forEach((key, definitions) -> {
			definitions.sort(Comparator.comparingInt(ProcessDefinition::getVersion).reversed());
			List<VersionCount> versions = new ArrayList<>();
			for (ProcessDefinition definition : definitions) {
				long running = runtimeService.createProcessInstanceQuery()
					.processDefinitionId(definition.getId())
					.count();
				if (running > 0) {
					versions.add(new VersionCount(definition.getVersion(), definition.getId(), running));
				}
			}
			if (!versions.isEmpty()) {
				ProcessDefinition latest = definitions.get(0);
				ProcessCatalog.Localized name = catalog.of(latest).name();
				processes.add(new ProcessVersions(key, new LocalizedText(name.zh(), name.en()), latest.getVersion(),
						latest.getId(), versions));
			}
		});
		processes.sort(Comparator.comparing(ProcessVersions::processKey));
		return processes;
	}

	/** What moving the version's running requests to the latest version would do. */
	MigrationCheck check(String fromDefinitionId) {
		ProcessDefinition from = definition(fromDefinitionId, "fromDefinitionId");
		return check(from, latest(from));
	}

	Migrated migrate(String fromDefinitionId, String toDefinitionId, String reason) {
		List<FieldProblem> problems = new ArrayList<>();
		if (blank(fromDefinitionId)) {
			problems.add(new FieldProblem("fromDefinitionId", "operations.field.required"));
		}
		if (blank(toDefinitionId)) {
			problems.add(new FieldProblem("toDefinitionId", "operations.field.required"));
		}
		AdminAction.requireReason(reason, problems);
		ProcessDefinition from = definition(fromDefinitionId, "fromDefinitionId");
		ProcessDefinition to = latest(from);
		if (!to.getId().equals(toDefinitionId)) {
			throw new ProblemException(HttpStatus.CONFLICT, "operations.migrate.newerVersion", to.getVersion());
		}
		MigrationCheck check = check(from, to);
		if (!check.possible()) {
			throw new ProblemException(HttpStatus.CONFLICT, "operations.migrate.notPossible",
					String.join("; ", reasons(check)))
				.withProperty("check", check);
		}
		MigrationPlan plan = plan(from, to).plan();
		String actor = currentUser.id();
		try {
			Integer migrated = transaction.execute(status -> {
				List<String> instances = runtimeService.createProcessInstanceQuery()
					.processDefinitionId(from.getId())
					.list()
					.stream()
					.map(ProcessInstance::getId)
					.toList();
				if (instances.isEmpty()) {
					return 0;
				}
				runtimeService.newMigration(plan).processInstanceIds(instances).execute();
				requestVersions.migrated(instances, to.getId());
				String comment = reason.strip() + " (v" + from.getVersion() + " → v" + to.getVersion() + ")";
				for (RequestSearch.Hit request : search.ofInstances(instances)) {
					ledger.append(new LedgerEntry(null, request.processInstanceId(), request.id(), to.getId(), null,
							null, null, actor, null, MIGRATE, comment, null, null));
				}
				return instances.size();
			});
			return new Migrated(migrated == null ? 0 : migrated, check(from, to));
		}
		catch (MigratingProcessInstanceValidationException refused) {
			List<String> failures = new ArrayList<>(refused.getValidationReport().getFailures());
			refused.getValidationReport()
				.getActivityInstanceReports()
				.forEach(report -> failures
					.add(report.getSourceScopeId() + ": " + String.join(", ", report.getFailures())));
			throw new ProblemException(HttpStatus.CONFLICT, "operations.migrate.notPossible",
					String.join("; ", failures));
		}
		catch (ProcessEngineException refused) {
			throw new ProblemException(HttpStatus.CONFLICT, "operations.engineRefused", refused.getMessage());
		}
	}

	private MigrationCheck check(ProcessDefinition from, ProcessDefinition to) {
		Locale locale = LocaleContextHolder.getLocale();
		ProcessCatalog.ProcessInfo process = catalog.of(from);
		long running = runtimeService.createProcessInstanceQuery().processDefinitionId(from.getId()).count();
		Planned planned = plan(from, to);
		Set<String> mappedIds = planned.plan() == null ? Set.of()
				: planned.plan()
					.getInstructions()
					.stream()
					.map(MigrationInstruction::getSourceActivityId)
					.collect(Collectors.toSet());
		List<StepRef> mapped = new ArrayList<>();
		List<StepRef> unmapped = new ArrayList<>();
		for (Activity activity : repositoryService.getBpmnModelInstance(from.getId())
			.getModelElementsByType(Activity.class)) {
			long waiting = runtimeService.createProcessInstanceQuery()
				.processDefinitionId(from.getId())
				.activityIdIn(activity.getId())
				.count();
			StepRef step = new StepRef(activity.getId(),
					RequestRows.stepName(process, activity.getId(), activity.getName(), locale), waiting);
			if (mappedIds.contains(activity.getId())) {
				mapped.add(step);
			}
			else if (waiting > 0) {
				unmapped.add(step);
			}
		}
		boolean possible = !from.getId().equals(to.getId()) && planned.problems().isEmpty() && unmapped.isEmpty();
		return new MigrationCheck(from.getId(), from.getVersion(), to.getId(), to.getVersion(), running, mapped,
				unmapped, planned.problems(), possible);
	}

	/** The engine's plan, or its validation failures. */
	private record Planned(MigrationPlan plan, List<String> problems) {
	}

	private Planned plan(ProcessDefinition from, ProcessDefinition to) {
		try {
			return new Planned(
					runtimeService.createMigrationPlan(from.getId(), to.getId()).mapEqualActivities().build(),
					List.of());
		}
		catch (MigrationPlanValidationException invalid) {
			List<String> problems = new ArrayList<>();
			invalid.getValidationReport().getInstructionReports().forEach(report -> {
				MigrationInstruction instruction = report.getMigrationInstruction();
				problems.add(instruction.getSourceActivityId() + " → " + instruction.getTargetActivityId() + ": "
						+ String.join(", ", report.getFailures()));
			});
			return new Planned(null, problems.isEmpty() ? List.of(invalid.getMessage()) : problems);
		}
	}

	private List<String> reasons(MigrationCheck check) {
		List<String> reasons = new ArrayList<>(check.problems());
		check.unmapped().forEach(step -> reasons.add(step.name() + " (" + step.waiting() + ")"));
		if (check.fromDefinitionId().equals(check.toDefinitionId())) {
			reasons.add("v" + check.toVersion());
		}
		return reasons;
	}

	private ProcessDefinition definition(String id, String field) {
		ProcessDefinition definition = blank(id) ? null
				: repositoryService.createProcessDefinitionQuery().processDefinitionId(id).singleResult();
		if (definition == null) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "error.invalidFields",
					List.of(new FieldProblem(field, "operations.migrate.unknownVersion")));
		}
		return definition;
	}

	private ProcessDefinition latest(ProcessDefinition of) {
		return repositoryService.createProcessDefinitionQuery()
			.processDefinitionKey(of.getKey())
			.latestVersion()
			.singleResult();
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
