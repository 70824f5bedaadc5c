package dev.baton.departures;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.baton.departures.DepartureImpact.Named;
import dev.baton.directory.Directory;
import dev.baton.directory.DirectoryAdmin;
import dev.baton.directory.Person;
import dev.baton.directory.PersonRef;
import dev.baton.directory.PersonUpdate;
import dev.baton.tasks.HeldTasks;
import dev.baton.web.ProblemException;
import dev.baton.web.ProblemException.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands everything a leaver holds to a successor and marks the leaver as left, in one
 * transaction: a refused step (a manager cycle, the last administrator) changes nothing.
 */
@Service
class Departures {

	/** What moved. */
	record HandedOver(PersonRef person, PersonRef successor, int tasks, int reports, int departments, int roles) {
	}

	private final DepartureImpacts impacts;

	private final Directory directory;

	private final DirectoryAdmin admin;

	private final HeldTasks heldTasks;

	Departures(DepartureImpacts impacts, Directory directory, DirectoryAdmin admin, HeldTasks heldTasks) {
		this.impacts = impacts;
		this.directory = directory;
		this.admin = admin;
		this.heldTasks = heldTasks;
	}

	@Transactional
	HandedOver depart(String userId, String successorId, String comment, String actorId, Locale locale) {
		DepartureImpact impact = impacts.of(userId, locale);
		if (!impact.active()) {
			throw new ProblemException(HttpStatus.CONFLICT, "departure.alreadyLeft", impact.person().name());
		}
		String successor = successorId == null || successorId.isBlank() ? null : successorId.trim();
		if (successor == null) {
			if (impact.needsSuccessor()) {
				throw invalid("departure.successor.required");
			}
			admin.setActive(userId, false);
			return new HandedOver(impact.person(), null, 0, 0, 0, 0);
		}
		if (successor.equals(userId)) {
			throw invalid("departure.successor.self");
		}
		Person next = directory.person(successor)
			.filter(Person::active)
			.orElseThrow(() -> invalid("departure.successor.unknown", successor));
		Person leaver = directory.person(userId).orElseThrow();
		for (PersonRef report : impact.reports()) {
			// the successor takes the leaver's place: their own manager becomes the
			// leaver's
			String manager = report.id().equals(successor) ? leaver.managerId() : successor;
			Person person = directory.person(report.id()).orElseThrow();
			admin.updatePerson(person.id(), new PersonUpdate(person.displayName(), person.email(), person.phone(),
					person.departmentId(), manager, person.systemRoles(), person.roleIds()));
		}
		for (Named department : impact.headOf()) {
			admin.appointHead(department.id(), successor);
		}
		if (!impact.soleRoles().isEmpty()) {
			Person current = directory.person(successor).orElseThrow();
			Set<String> roles = new LinkedHashSet<>(current.roleIds());
			impact.soleRoles().forEach(role -> roles.add(role.id()));
			admin.updatePerson(successor, new PersonUpdate(current.displayName(), current.email(), current.phone(),
					current.departmentId(), current.managerId(), current.systemRoles(), roles));
		}
		int tasks = heldTasks.handOver(userId, successor, actorId, comment);
		admin.setActive(userId, false);
		return new HandedOver(impact.person(), new PersonRef(next.id(), next.displayName()), tasks,
				impact.reports().size(), impact.headOf().size(), impact.soleRoles().size());
	}

	private static ProblemException invalid(String messageKey, Object... arguments) {
		return new ProblemException(HttpStatus.BAD_REQUEST, "error.invalidFields",
				List.of(new FieldProblem("successor", messageKey, arguments)));
	}

}
