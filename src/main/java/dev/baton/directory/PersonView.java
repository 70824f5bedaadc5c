package dev.baton.directory;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A person as the API shows them: never with a password hash. System roles are lower
 * case.
 */
@Schema(name = "Person")
record PersonView(String id, String displayName, String email, String phone, String departmentId, String managerId,
		boolean active, List<String> systemRoles, List<String> roleIds) {

	static PersonView of(Person person) {
		return new PersonView(person.id(), person.displayName(), person.email(), person.phone(), person.departmentId(),
				person.managerId(), person.active(),
				person.systemRoles().stream().sorted().map(role -> role.name().toLowerCase(Locale.ROOT)).toList(),
				List.copyOf(person.roleIds()));
	}
}
