package dev.baton.directory;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import dev.baton.web.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organisation chart, read-only, for everybody who is logged in (pickers, org chart
 * pages).
 */
@RestController
@RequestMapping("/api/directory")
@Tag(name = "Directory", description = "Departments, roles and people, for every logged-in user")
class OrgChartController {

	private final Directory directory;

	private final PeopleSearch search;

	OrgChartController(Directory directory, PeopleSearch search) {
		this.directory = directory;
		this.search = search;
	}

	@GetMapping("/departments")
	@Operation(summary = "All departments as a flat list in display order; the tree is given by parentId")
	public List<DepartmentView> departments() {
		List<Department> departments = directory.departments();
		Map<String, String> headNames = directory
			.people(departments.stream().map(Department::headUserId).filter(Objects::nonNull).toList())
			.stream()
			.collect(Collectors.toMap(Person::id, Person::displayName));
		return departments.stream()
			.map(department -> DepartmentView.of(department, headNames.get(department.headUserId())))
			.toList();
	}

	@GetMapping("/roles")
	@Operation(summary = "All roles (posts), by id")
	public List<Role> roles() {
		return directory.roles();
	}

	@GetMapping("/people")
	@Operation(summary = "Find people by login (pinyin), name or e-mail; without q, everybody by login; "
			+ "optionally only a department's members or a role's holders")
	public List<PersonView> people(
			@Parameter(description = "text to look for") @RequestParam(required = false) String q,
			@Parameter(description = "at most this many, 1 to 100") @RequestParam(defaultValue = "20") int limit,
			@Parameter(description = "also people who have left") @RequestParam(
					defaultValue = "false") boolean includeLeft,
			@Parameter(description = "only members of this department (not of its sub-departments)") @RequestParam(
					required = false) String departmentId,
			@Parameter(description = "only holders of this role") @RequestParam(required = false) String roleId) {
		return search.find(q, includeLeft, departmentId, roleId, limit).stream().map(PersonView::of).toList();
	}

	@GetMapping("/people/{id}")
	@Operation(summary = "One person by login, also after they have left")
	public PersonView person(@PathVariable String id) {
		return directory.person(id)
			.map(PersonView::of)
			.orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "directory.person.notFound", id));
	}

}
