package dev.baton.departures;

import java.util.List;
import java.util.Locale;

import dev.baton.departures.DepartureImpact.Named;
import dev.baton.departures.DepartureImpact.NamingStep;
import dev.baton.directory.Department;
import dev.baton.directory.Directory;
import dev.baton.directory.Person;
import dev.baton.directory.PersonRef;
import dev.baton.directory.Role;
import dev.baton.modeling.ApproverRulesInUse;
import dev.baton.modeling.ProcessCatalog;
import dev.baton.tasks.HeldTasks;
import dev.baton.web.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Reads what depends on a person, from the modules that know it. */
@Component
class DepartureImpacts {

	private final Directory directory;

	private final HeldTasks heldTasks;

	private final ApproverRulesInUse rules;

	private final ProcessCatalog catalog;

	DepartureImpacts(Directory directory, HeldTasks heldTasks, ApproverRulesInUse rules, ProcessCatalog catalog) {
		this.directory = directory;
		this.heldTasks = heldTasks;
		this.rules = rules;
		this.catalog = catalog;
	}

	DepartureImpact of(String userId, Locale locale) {
		Person person = directory.person(userId)
			.orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "directory.person.notFound", userId));
		boolean english = "en".equals(locale.getLanguage());
		List<PersonRef> reports = directory.activeReportsOf(userId)
			.stream()
			.map(report -> new PersonRef(report.id(), report.displayName()))
			.toList();
		List<Named> headOf = directory.departments()
			.stream()
			.filter(department -> userId.equals(department.headUserId()))
			.map(department -> new Named(department.id(), name(department, english)))
			.toList();
		var rolesUsed = rules.rolesUsed();
		List<Named> soleRoles = directory.roles()
			.stream()
			.filter(role -> person.roleIds().contains(role.id()) && rolesUsed.contains(role.id()))
			.filter(role -> directory.holdersOf(role.id()).stream().allMatch(holder -> holder.id().equals(userId)))
			.map(role -> new Named(role.id(), name(role, english)))
			.toList();
		List<NamingStep> naming = rules.naming(userId)
			.stream()
			.map(step -> new NamingStep(step.processKey(), step.processName().in(locale), step.stepId(),
					step.stepName().in(locale), step.onlyThem()))
			.toList();
		return new DepartureImpact(new PersonRef(person.id(), person.displayName()), person.active(),
				person.active() ? tasks(userId, locale) : List.of(), reports, headOf, soleRoles, naming);
	}

	private List<HeldTasks.HeldTask> tasks(String userId, Locale locale) {
		return heldTasks.heldBy(userId).stream().map(task -> {
			String name = task.processDefinitionId() == null ? null
					: catalog.of(task.processDefinitionId()).step(task.stepId()).in(locale);
			return name == null || name.isBlank() || name.equals(task.stepId()) ? task : task.named(name);
		}).toList();
	}

	private static String name(Department department, boolean english) {
		return english && department.nameEn() != null ? department.nameEn() : department.nameZh();
	}

	private static String name(Role role, boolean english) {
		return english && role.nameEn() != null ? role.nameEn() : role.nameZh();
	}

}
