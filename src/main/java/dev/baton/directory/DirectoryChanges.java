package dev.baton.directory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import dev.baton.directory.DirectoryChanged.Kind;

/** Announces each change to the organisation as a {@link DirectoryChanged}. */
@Component
class DirectoryChanges {

	private final ApplicationEventPublisher events;

	DirectoryChanges(ApplicationEventPublisher events) {
		this.events = events;
	}

	void departmentCreated(Department department) {
		publish(Kind.DEPARTMENT_CREATED, department.id(), department.nameZh());
	}

	void departmentChanged(Department department) {
		publish(Kind.DEPARTMENT_CHANGED, department.id(), department.nameZh());
	}

	void roleCreated(Role role) {
		publish(Kind.ROLE_CREATED, role.id(), role.nameZh());
	}

	void roleChanged(Role role) {
		publish(Kind.ROLE_CHANGED, role.id(), role.nameZh());
	}

	void personCreated(Person person) {
		publish(Kind.PERSON_CREATED, person.id(), person.displayName());
	}

	void personChanged(Person person) {
		publish(Kind.PERSON_CHANGED, person.id(), person.displayName());
	}

	void activeChanged(Person person, boolean wasActive) {
		if (wasActive != person.active()) {
			publish(person.active() ? Kind.PERSON_REACTIVATED : Kind.PERSON_DEACTIVATED, person.id(),
					person.displayName());
		}
	}

	void passwordReset(String userId) {
		publish(Kind.PASSWORD_RESET, userId, null);
	}

	void passwordChanged(String userId) {
		publish(Kind.PASSWORD_CHANGED, userId, null);
	}

	void imported(ImportPlan plan) {
		long departmentsCreated = plan.departments().stream().filter(ImportPlan.DepartmentChange::isNew).count();
		long departmentsChanged = plan.departments()
			.stream()
			.filter(change -> !change.isNew() && change.changed())
			.count();
		long peopleCreated = plan.people().stream().filter(ImportPlan.PersonChange::isNew).count();
		long peopleChanged = plan.people().stream().filter(change -> !change.isNew() && change.changed()).count();
		publish(Kind.ORGANISATION_IMPORTED, null, "departments +" + departmentsCreated + " ~" + departmentsChanged
				+ ", people +" + peopleCreated + " ~" + peopleChanged);
	}

	private void publish(Kind kind, String subjectId, String detail) {
		events.publishEvent(new DirectoryChanged(kind, subjectId, detail));
	}

}
