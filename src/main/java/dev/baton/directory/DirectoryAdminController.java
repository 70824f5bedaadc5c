package dev.baton.directory;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.baton.web.ProblemException;
import dev.baton.web.ProblemException.FieldProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators maintain the organisation one department, role or person at a time.
 * Every rule is checked by {@link DirectoryAdmin}; a refused change answers 400 listing
 * each offending field, 404 for an unknown id in the address, 409 for an id that is
 * already taken.
 */
@RestController
@RequestMapping("/api/admin/directory")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Directory administration", description = "Departments, roles and people; administrators only")
class DirectoryAdminController {

	private final DirectoryAdmin admin;

	private final Directory directory;

	DirectoryAdminController(DirectoryAdmin admin, Directory directory) {
		this.admin = admin;
		this.directory = directory;
	}

	/**
	 * A department; {@code id} only when creating. A missing sort order puts a new
	 * department last.
	 */
	record DepartmentBody(String id, String nameZh, String nameEn, String parentId, String headUserId,
			Integer sortOrder) {
	}

	/** A role; {@code id} only when creating. */
	record RoleBody(String id, String nameZh, String nameEn) {
	}

	/**
	 * A person; {@code id}, {@code active} (default true) and {@code password} (none:
	 * cannot log in until one is set) only when creating. System roles: {@code admin},
	 * {@code designer}, {@code analyst}; everybody is an employee.
	 */
	record PersonBody(String id, String displayName, String email, String phone, String departmentId, String managerId,
			List<String> roleIds, List<String> systemRoles, Boolean active, String password) {
	}

	record ActiveBody(Boolean active) {
	}

	record PasswordBody(String password) {
	}

	@PostMapping("/departments")
	@Operation(summary = "Create a department")
	public ResponseEntity<DepartmentView> createDepartment(@RequestBody DepartmentBody body) {
		Department created = admin.createDepartment(new NewDepartment(body.id(), body.nameZh(), body.nameEn(),
				body.parentId(), body.headUserId(), body.sortOrder()));
		return ResponseEntity.status(HttpStatus.CREATED).body(view(created));
	}

	@PutMapping("/departments/{id}")
	@Operation(summary = "Rename, move, re-head or re-sort a department (never below itself)")
	public DepartmentView updateDepartment(@PathVariable String id, @RequestBody DepartmentBody body) {
		return view(admin.updateDepartment(id, new DepartmentUpdate(body.nameZh(), body.nameEn(), body.parentId(),
				body.headUserId(), body.sortOrder())));
	}

	@PostMapping("/roles")
	@Operation(summary = "Create a role (post); its id must not be a department's")
	public ResponseEntity<Role> createRole(@RequestBody RoleBody body) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(admin.createRole(new Role(body.id(), body.nameZh(), body.nameEn())));
	}

	@PutMapping("/roles/{id}")
	@Operation(summary = "Rename a role")
	public Role updateRole(@PathVariable String id, @RequestBody RoleBody body) {
		return admin.updateRole(new Role(id, body.nameZh(), body.nameEn()));
	}

	@PostMapping("/people")
	@Operation(summary = "Create a person, optionally with a first password, which they must change at first login")
	public ResponseEntity<PersonView> createPerson(@RequestBody PersonBody body) {
		Set<SystemRole> systemRoles = systemRoles(body.systemRoles());
		Person created = admin.createPerson(
				new NewPerson(body.id(), body.displayName(), body.email(), body.phone(), body.departmentId(),
						body.managerId(), body.active() == null || body.active(), systemRoles, roleIds(body.roleIds())),
				body.password(), true);
		return ResponseEntity.status(HttpStatus.CREATED).body(PersonView.of(created));
	}

	@PutMapping("/people/{id}")
	@Operation(summary = "Replace a person's details, department, manager (no cycles) and roles")
	public PersonView updatePerson(@PathVariable String id, @RequestBody PersonBody body) {
		return PersonView.of(admin.updatePerson(id, new PersonUpdate(body.displayName(), body.email(), body.phone(),
				body.departmentId(), body.managerId(), systemRoles(body.systemRoles()), roleIds(body.roleIds()))));
	}

	@PutMapping("/people/{id}/active")
	@Operation(summary = "Mark a person as having left (active=false) or as back (active=true)")
	public PersonView setActive(@PathVariable String id, @RequestBody ActiveBody body) {
		if (body.active() == null) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "error.invalidFields",
					List.of(new FieldProblem("active", "directory.required")));
		}
		return PersonView.of(admin.setActive(id, body.active()));
	}

	@PutMapping("/people/{id}/password")
	@Operation(summary = "Set a new password for a person (8 to 72 characters, stored as a BCrypt hash); "
			+ "they must change it at their next login")
	public ResponseEntity<Void> setPassword(@PathVariable String id, @RequestBody PasswordBody body) {
		admin.setPassword(id, body.password(), true);
		return ResponseEntity.noContent().build();
	}

	private DepartmentView view(Department department) {
		return DepartmentView.of(department, department.headUserId() == null ? null
				: directory.person(department.headUserId()).map(Person::displayName).orElse(null));
	}

	private static Set<String> roleIds(List<String> roleIds) {
		Set<String> ids = new LinkedHashSet<>();
		if (roleIds != null) {
			roleIds.stream().map(DirectoryRules::clean).filter(id -> id != null).forEach(ids::add);
		}
		return ids;
	}

	private static Set<SystemRole> systemRoles(List<String> names) {
		Set<SystemRole> roles = EnumSet.noneOf(SystemRole.class);
		List<FieldProblem> unknown = new ArrayList<>();
		for (String name : names == null ? List.<String>of() : names) {
			DirectoryRules.systemRole(name)
				.ifPresentOrElse(roles::add, () -> unknown
					.add(new FieldProblem("systemRoles", "directory.systemRole.unknown", String.valueOf(name))));
		}
		if (!unknown.isEmpty()) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "error.invalidFields", unknown);
		}
		return roles;
	}

}
