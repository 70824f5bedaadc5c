package dev.baton.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.baton.directory.Department;
import dev.baton.directory.Directory;
import dev.baton.directory.Person;
import dev.baton.directory.SystemRole;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the login page may know before anyone logs in (it lives beside the login, in
 * security, because web may not depend on directory): whether this is a demo installation
 * and, only then, the demo logins (every password is {@code demo}, as the README says).
 * Never lists anyone outside demo mode.
 */
@RestController
@Tag(name = "Public")
class PublicInfoController {

	private final Directory directory;

	private final boolean demo;

	PublicInfoController(Directory directory, @Value("${baton.demo.enabled:true}") boolean demo) {
		this.directory = directory;
		this.demo = demo;
	}

	/**
	 * @param role what the person does, as a key the web app translates, e.g.
	 * {@code admin}, {@code finance-manager}
	 */
	record DemoLogin(String login, String name, String role) {
	}

	record PublicInfo(boolean demo, List<DemoLogin> demoLogins) {
	}

	@GetMapping("/api/public/info")
	@Operation(summary = "Demo mode and its logins, for the login page (no login needed)")
	PublicInfo info() {
		if (!demo) {
			return new PublicInfo(false, List.of());
		}
		List<DemoLogin> logins = new ArrayList<>();
		for (Department department : directory.departments()) {
			// the head first, then the department's people by login
			directory.activeMembers(department.id())
				.stream()
				.sorted(Comparator.comparing((Person person) -> !person.id().equals(department.headUserId()))
					.thenComparing(Person::id))
				.forEach(person -> logins.add(new DemoLogin(person.id(), person.displayName(), roleOf(person))));
		}
		return new PublicInfo(true, logins);
	}

	static String roleOf(Person person) {
		if (person.has(SystemRole.ADMIN)) {
			return "admin";
		}
		if (person.has(SystemRole.DESIGNER)) {
			return "designer";
		}
		if (person.holds("general-manager")) {
			return "general-manager";
		}
		return person.roleIds()
			.stream()
			.filter(role -> !role.equals("department-head"))
			.findFirst()
			.orElse(person.holds("department-head") ? "department-head" : "employee");
	}

}
