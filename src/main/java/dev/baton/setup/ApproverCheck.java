package dev.baton.setup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.baton.directory.Department;
import dev.baton.directory.Directory;
import dev.baton.directory.Person;
import dev.baton.directory.PersonRef;
import dev.baton.modeling.PublishedRoutes;

/**
 * The route of every published process for a sample person of each department (an active
 * member who is not the head, else the head), and the steps that would find nobody.
 */
@Component
class ApproverCheck {

	/** One process for one department's sample person. */
	record Sample(String processKey, Object processName, String departmentId, String departmentName, PersonRef person,
			List<PublishedRoutes.Step> steps) {

		boolean findsNobody() {
			return steps.stream().anyMatch(PublishedRoutes.Step::findsNobody);
		}
	}

	private final PublishedRoutes routes;

	private final Directory directory;

	ApproverCheck(PublishedRoutes routes, Directory directory) {
		this.routes = routes;
		this.directory = directory;
	}

	List<Sample> samples() {
		List<Sample> samples = new ArrayList<>();
		List<String> keys = routes.publishedKeys();
		for (Department department : directory.departments()) {
			Optional<Person> person = sample(department);
			if (person.isEmpty()) {
				continue;
			}
			for (String key : keys) {
				routes.preview(key, person.get().id())
					.ifPresent(route -> samples.add(new Sample(key, route.processName(), department.id(),
							department.nameZh(), directory.ref(person.get().id()), route.steps())));
			}
		}
		return samples;
	}

	private Optional<Person> sample(Department department) {
		List<Person> members = directory.activeMembers(department.id());
		return members.stream()
			.filter(person -> !person.id().equals(department.headUserId()))
			.min(Comparator.comparing(Person::id))
			.or(() -> members.stream().findFirst());
	}

}
