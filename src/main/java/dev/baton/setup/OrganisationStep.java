package dev.baton.setup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.baton.directory.DemoCompany;
import dev.baton.directory.Directory;

/**
 * "Set up your organisation": done once the directory holds the company's own people —
 * the demo company is gone (or was never there) and someone besides the administrators
 * who set Baton up is in it, or at least one person the company imported or created sits
 * in a department next to whatever is left of the demo.
 */
@Component
class OrganisationStep implements SetupStep {

	private final DemoCompany demo;

	private final Directory directory;

	OrganisationStep(DemoCompany demo, Directory directory) {
		this.demo = demo;
		this.directory = directory;
	}

	@Override
	public String id() {
		return "organisation";
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public String link() {
		return "/admin/org";
	}

	@Override
	public Status status() {
		List<String> demoPeople = demo.remaining();
		long ownPeople = directory.departments()
			.stream()
			.flatMap(department -> directory.activeMembers(department.id()).stream())
			.filter(person -> !demo.logins().contains(person.id()))
			.count();
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("demoPeople", demoPeople.size());
		facts.put("ownPeople", ownPeople);
		return new Status(ownPeople > 0, facts);
	}

}
