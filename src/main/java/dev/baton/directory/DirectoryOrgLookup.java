package dev.baton.directory;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Approver resolution's view of the organisation, on Baton's tables. */
@Component
@Transactional(readOnly = true)
class DirectoryOrgLookup implements OrgLookup {

	private final Directory directory;

	private final PersonRepository people;

	DirectoryOrgLookup(Directory directory, PersonRepository people) {
		this.directory = directory;
		this.people = people;
	}

	@Override
	public Optional<Person> person(String id) {
		return directory.person(id);
	}

	@Override
	public Optional<Department> department(String id) {
		return directory.department(id);
	}

	@Override
	public List<Person> holdersOf(String roleId) {
		return directory.holdersOf(roleId);
	}

	@Override
	public List<Person> withSystemRole(SystemRole role) {
		return people.findActiveWithSystemRole(role.name()).stream().map(PersonEntity::toPerson).toList();
	}

}
