package dev.baton.directory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Read access to the organisation: people, departments and roles. */
public interface Directory {

	/** The person with this login, active or not. */
	Optional<Person> person(String id);

	/**
	 * The people with these logins, active or not, in the order given; unknown ids are
	 * left out.
	 */
	List<Person> people(Collection<String> ids);

	Optional<Department> department(String id);

	/** All departments, in the administrators' sort order. */
	List<Department> departments();

	/** All roles, by id. */
	List<Role> roles();

	/** The active people holding the role, by id. */
	List<Person> holdersOf(String roleId);

	/**
	 * The active people whose department is this one (not its sub-departments), by id.
	 */
	List<Person> activeMembers(String departmentId);

	/** The active people whose direct manager this person is, by id. */
	List<Person> activeReportsOf(String managerId);

	/**
	 * People whose login, display name or e-mail contains the text (ignoring case),
	 * logins that start with it first. Logins are pinyin ({@code zhangwei}), so typing
	 * pinyin finds Chinese names.
	 */
	List<Person> search(String text, int limit);

	/**
	 * The active members of engine groups (departments: their people, not those of
	 * sub-departments; roles: their holders), in one look-up; groups without active
	 * members are left out.
	 * @return person ids by group id
	 */
	Map<String, List<String>> activeMembersOf(Collection<String> groupIds);

	/**
	 * The engine groups of a person: their department id followed by their role ids.
	 * Empty for unknown and inactive people.
	 */
	List<String> groupIdsOf(String userId);

	/**
	 * How other modules name a person in what they show: id and display name (the id
	 * alone if unknown).
	 */
	default PersonRef ref(String id) {
		if (id == null) {
			return null;
		}
		return person(id).map(person -> new PersonRef(person.id(), person.displayName())).orElse(new PersonRef(id, id));
	}

}
