package dev.baton.tasks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.baton.directory.Directory;
import dev.baton.directory.Person;
import dev.baton.directory.PersonRef;
import dev.baton.modeling.RequestSummaries;
import dev.baton.web.ProblemException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The caller's inbox lists and badges (docs/api.md {@code GET /api/tasks}), served from
 * the inbox read model: one query for the page, its counts (which are the badges' when
 * the list is narrowed by nothing), one for the people named on it.
 */
@Component
class TaskLists {

	private final Inbox inbox;

	private final Directory directory;

	private final RequestSummaries summaries;

	TaskLists(Inbox inbox, Directory directory, RequestSummaries summaries) {
		this.inbox = inbox;
		this.directory = directory;
		this.summaries = summaries;
	}

	record TaskList(List<TaskViews.TaskSummary> items, long total, int page, int size, InboxCounts counts) {
	}

	TaskList list(String userId, String scope, InboxFilter filter) {
		List<String> groups = directory.groupIdsOf(userId);
		InboxPage page = switch (scope == null || scope.isBlank() ? "all-mine" : scope) {
			case "assigned" -> inbox.assigned(userId, filter);
			case "candidate" -> inbox.claimable(userId, groups, filter);
			case "all-mine" -> inbox.mine(userId, groups, filter);
			default -> throw new ProblemException(HttpStatus.BAD_REQUEST, "error.invalidFields",
					List.of(new ProblemException.FieldProblem("scope", "task.list.scope")));
		};
		return new TaskList(summaries(page.items()), page.total(), page.page(), page.size(),
				page.counts() != null ? page.counts() : inbox.counts(userId, groups));
	}

	InboxCounts counts(String userId) {
		return inbox.counts(userId, directory.groupIdsOf(userId));
	}

	private List<TaskViews.TaskSummary> summaries(List<InboxTask> tasks) {
		Set<String> ids = new LinkedHashSet<>();
		for (InboxTask task : tasks) {
			ids.add(task.initiatorId());
			ids.add(task.assignee());
			ids.add(task.owner());
		}
		ids.remove(null);
		Map<String, Person> people = directory.people(ids)
			.stream()
			.collect(Collectors.toMap(Person::id, Function.identity(), (a, b) -> a));
		List<TaskViews.TaskSummary> summaries = new ArrayList<>();
		for (InboxTask task : tasks) {
			summaries.add(new TaskViews.TaskSummary(task.id(), task.name().zh(), task.stepId(), task.processKey(),
					task.processName(), task.name(), task.businessKey(), task.requestTitle(),
					this.summaries.items(task.processDefinitionId(), task.summary(), LocaleContextHolder.getLocale()),
					ref(people, task.initiatorId()), ref(people, task.assignee()), ref(people, task.owner()),
					task.delegated(), task.createdAt(), task.dueAt(), task.claimable()));
		}
		return summaries;
	}

	private static PersonRef ref(Map<String, Person> people, String id) {
		if (id == null) {
			return null;
		}
		Person person = people.get(id);
		return new PersonRef(id, person == null ? id : person.displayName());
	}

}
