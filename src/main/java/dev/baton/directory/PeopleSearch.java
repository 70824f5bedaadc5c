package dev.baton.directory;

import java.util.List;
import java.util.Locale;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds people for person pickers and the administrators' list: by login, name or e-mail,
 * logins that start with the text first; without text, everybody by login. People who
 * left are left out unless asked for.
 */
@Service
@Transactional(readOnly = true)
class PeopleSearch {

	static final int MAX_RESULTS = JpaDirectory.MAX_SEARCH_RESULTS;

	private final PersonRepository people;

	PeopleSearch(PersonRepository people) {
		this.people = people;
	}

	List<Person> find(String text, boolean includeLeft, int limit) {
		return find(text, includeLeft, null, null, limit);
	}

	/**
	 * As {@link #find(String, boolean, int)}, only members of a department (not of its
	 * sub-departments) and holders of a role, where given.
	 */
	List<Person> find(String text, boolean includeLeft, String departmentId, String roleId, int limit) {
		String escaped = text == null ? "" : LikePatterns.escape(text.trim().toLowerCase(Locale.ROOT));
		return people
			.search("%" + escaped + "%", escaped + "%", includeLeft, DirectoryRules.clean(departmentId),
					DirectoryRules.clean(roleId), PageRequest.of(0, Math.max(1, Math.min(limit, MAX_RESULTS))))
			.stream()
			.map(PersonEntity::toPerson)
			.toList();
	}

}
