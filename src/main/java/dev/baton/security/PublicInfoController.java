package dev.baton.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.baton.directory.Department;
import dev.baton.directory.Directory;
import dev.baton.directory.Person;
import dev.baton.directory.SystemRole;
import dev.baton.settings.CompanySettings;
import dev.baton.settings.Settings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the login page may know before anyone logs in (it lives beside the login, in
 * security, because web may not depend on directory): the company's name and logo, the
 * language for a visitor who has chosen none, whether this is a demo installation and,
 * only then, the demo logins (every password is {@code demo}, as the README says). Never
 * lists anyone outside demo mode.
 */
@RestController
@Tag(name = "Public")
class PublicInfoController {

	private final Directory directory;

	private final boolean demo;

	private final CompanySettings settings;

	PublicInfoController(Directory directory, @Value("${baton.demo.enabled:true}") boolean demo,
			CompanySettings settings) {
		this.directory = directory;
		this.demo = demo;
		this.settings = settings;
	}

	/**
	 * @param role what the person does, as a key the web app translates, e.g.
	 * {@code admin}, {@code finance-manager}
	 */
	record DemoLogin(String login, String name, String role) {
	}

	/**
	 * @param companyName {@code null} until an administrator names the company
	 * @param logoUrl {@code null} without a logo
	 * @param defaultLanguage {@code zh-CN} or {@code en-US}; {@code null}: the browser's
	 */
	record PublicInfo(boolean demo, List<DemoLogin> demoLogins, String companyName, String logoUrl,
			String defaultLanguage) {
	}

	@GetMapping("/api/public/info")
	@Operation(summary = "Demo mode and its logins, for the login page (no login needed)")
	PublicInfo info() {
		Settings company = settings.current();
		String logoUrl = company.logoUrl();
		if (!demo) {
			return new PublicInfo(false, List.of(), company.companyName(), logoUrl, company.defaultLanguage());
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
		return new PublicInfo(true, logins, company.companyName(), logoUrl, company.defaultLanguage());
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
