package dev.baton.requests;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.baton.directory.Directory;
import dev.baton.directory.Person;
import dev.baton.tasks.CopiesRequested;
import dev.baton.web.ProblemException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Copies (抄送) a request to people: they find it under {@code GET /api/requests?scope=cc},
 * unread until they open it, and may read it but never act on it. Call it inside the
 * transaction of the action that copies (it joins it); the action writes its own
 * {@code cc} row to the approval ledger, this records who may read the request. The tasks
 * module's {@link CopiesRequested} event arrives here the same way.
 */
@Service
public class RequestCopies {

	private final RequestStore store;

	private final Directory directory;

	private final ApplicationEventPublisher events;

	RequestCopies(RequestStore store, Directory directory, ApplicationEventPublisher events) {
		this.store = store;
		this.directory = directory;
		this.events = events;
	}

	/**
	 * Copies the request of a process instance to people, and publishes
	 * {@link RequestCopied}. Copying again to someone makes it unread for them again.
	 * @param userIds logins of active people; duplicates are ignored
	 * @param byUserId who copies
	 * @param stepId the step (task definition key) copied from, or {@code null}
	 * @return the people copied, in the order given; empty when the instance is not a
	 * Baton request
	 * @throws ProblemException 400 naming {@code userIds} when an id is not an active
	 * person
	 */
	public List<String> copy(String processInstanceId, Collection<String> userIds, String byUserId, String stepId) {
		Optional<RequestRow> request = store.findByInstance(processInstanceId);
		if (request.isEmpty() || userIds == null || userIds.isEmpty()) {
			return List.of();
		}
		Set<String> wanted = new LinkedHashSet<>(userIds);
		Map<String, Person> found = directory.people(wanted)
			.stream()
			.collect(Collectors.toMap(Person::id, Function.identity(), (a, b) -> a));
		List<ProblemException.FieldProblem> unknown = wanted.stream()
			.filter(id -> found.get(id) == null || !found.get(id).active())
			.map(id -> new ProblemException.FieldProblem("userIds", "request.cc.unknownPerson", id))
			.toList();
		if (!unknown.isEmpty()) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "error.invalidFields", unknown);
		}
		Instant now = Instant.now();
		List<String> copied = List.copyOf(wanted);
		for (String userId : copied) {
			store.copy(request.get().id(), userId, byUserId, stepId, now);
		}
		events.publishEvent(new RequestCopied(request.get().id(), processInstanceId, byUserId, copied, stepId));
		return copied;
	}

	@EventListener
	void on(CopiesRequested copies) {
		copy(copies.processInstanceId(), copies.userIds(), copies.byUserId(), copies.stepId());
	}

}
