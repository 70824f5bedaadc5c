package dev.baton.departures;

import java.util.List;

import dev.baton.directory.PersonRef;
import dev.baton.tasks.HeldTasks.HeldTask;

/**
 * What depends on a person who is about to leave.
 *
 * @param tasks open tasks assigned to them, delegated by them or offered to them by name
 * @param reports active people whose direct manager they are
 * @param headOf departments they head
 * @param soleRoles roles that an approver rule of a published process looks for and that
 * nobody else active holds
 * @param namingSteps steps of published processes whose approver rule names them
 * directly: a hand-over cannot change those, a designer must
 */
record DepartureImpact(PersonRef person, boolean active, List<HeldTask> tasks, List<PersonRef> reports,
		List<Named> headOf, List<Named> soleRoles, List<NamingStep> namingSteps) {

	/** A department or role by id and name, in the caller's language. */
	record Named(String id, String name) {
	}

	/**
	 * A step whose approver rule names the person.
	 *
	 * @param onlyThem they are the only person the rule names: the step will find nobody
	 */
	record NamingStep(String processKey, String processName, String stepId, String stepName, boolean onlyThem) {
	}

	/** Whether anything would be left without them: then a successor is required. */
	boolean needsSuccessor() {
		return !tasks.isEmpty() || !reports.isEmpty() || !headOf.isEmpty() || !soleRoles.isEmpty();
	}

}
