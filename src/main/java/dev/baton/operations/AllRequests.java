package dev.baton.operations;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.baton.directory.Department;
import dev.baton.directory.Directory;
import dev.baton.directory.Person;
import dev.baton.operations.OperationsJson.Page;
import dev.baton.operations.OperationsJson.RequestRow;
import dev.baton.requests.RequestSearch;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Every request of the company, newest first, with the request list's filters plus
 * initiator, department (its people and those of its sub-departments), the step a request
 * waits at and "running longer than N days".
 */
@Component
class AllRequests {

	/**
	 * A step filter looks at this many waiting requests at most: more than any
	 * administrator pages through.
	 */
	static final int MAX_AT_STEP = 2000;

	/** What the administrator filters by; {@code null} means "not filtered". */
	record Filter(String status, String processKey, String text, String initiatorId, String departmentId, String stepId,
			Integer runningDays) {
	}

	private final RequestSearch search;

	private final RequestRows rows;

	private final Directory directory;

	private final RuntimeService runtimeService;

	AllRequests(RequestSearch search, RequestRows rows, Directory directory, RuntimeService runtimeService) {
		this.search = search;
		this.rows = rows;
		this.directory = directory;
		this.runtimeService = runtimeService;
	}

	Page<RequestRow> page(Filter filter, int page, int size) {
		RequestSearch.Criteria criteria = criteria(filter);
		List<RequestSearch.Hit> hits = search.page(criteria, page, size);
		long total = page == 0 && hits.size() < size ? hits.size() : search.count(criteria);
		return new Page<>(rows.of(hits), total, page, size);
	}

	private RequestSearch.Criteria criteria(Filter filter) {
		Set<String> initiators = null;
		if (filter.initiatorId() != null) {
			initiators = new LinkedHashSet<>(List.of(filter.initiatorId()));
		}
		if (filter.departmentId() != null) {
			Set<String> members = departmentPeople(filter.departmentId());
			if (initiators != null) {
				initiators.retainAll(members);
			}
			else {
				initiators = members;
			}
		}
		List<String> atStep = filter.stepId() == null ? null
				: runtimeService.createProcessInstanceQuery()
					.activityIdIn(filter.stepId())
					.listPage(0, MAX_AT_STEP)
					.stream()
					.map(ProcessInstance::getId)
					.toList();
		// "running longer than 0 days" is every running request, also one started this
		// very
		// second: MariaDB through Connector/J may store a start rounded up to the next
		// second
		Instant startedBefore = filter.runningDays() == null ? null
				: Instant.now().minus(Duration.ofDays(filter.runningDays())).plusSeconds(1);
		return new RequestSearch.Criteria(filter.status(), filter.processKey(), filter.text(), initiators, atStep,
				startedBefore);
	}

	/** The active people of a department and of every department below it. */
	private Set<String> departmentPeople(String departmentId) {
		List<Department> departments = directory.departments();
		Set<String> people = new LinkedHashSet<>();
		Deque<String> open = new ArrayDeque<>(List.of(departmentId));
		Set<String> seen = new LinkedHashSet<>();
		while (!open.isEmpty()) {
			String id = open.pop();
			if (!seen.add(id)) {
				continue;
			}
			directory.activeMembers(id).stream().map(Person::id).forEach(people::add);
			departments.stream()
				.filter(department -> id.equals(department.parentId()))
				.forEach(child -> open.push(child.id()));
		}
		return people;
	}

}
