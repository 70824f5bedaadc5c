package dev.baton.notifications;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.baton.directory.Directory;
import dev.baton.requests.RequestHeadline;
import dev.baton.requests.RequestHeadlines;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Turns the drafts of one transaction into each person's notices: returns applied, group
 * members and initiators found, the actor and duplicates left out, preferences applied;
 * then writes the in-app rows in one statement and publishes one {@link Notice} per
 * person and event. At most one look-up each of group members, requests and preferences.
 */
@Component
class NoticeWriter {

	private static final Set<NoticeKind> WORK = EnumSet.of(NoticeKind.TASK_ASSIGNED, NoticeKind.TASK_OFFERED,
			NoticeKind.RETURNED);

	private final Directory directory;

	private final RequestHeadlines headlines;

	private final NoticePreferences preferences;

	private final NotificationStore store;

	private final ApplicationEventPublisher events;

	NoticeWriter(Directory directory, RequestHeadlines headlines, NoticePreferences preferences,
			NotificationStore store, ApplicationEventPublisher events) {
		this.directory = directory;
		this.headlines = headlines;
		this.preferences = preferences;
		this.store = store;
		this.events = events;
	}

	void write(List<Draft> drafts, Map<String, PendingNotices.Return> returns) {
		List<Draft> people = toPeople(withRequests(returned(drafts, returns)));
		if (people.isEmpty()) {
			return;
		}
		Map<String, Map<NoticeKind, NoticePreferences.Choice>> chosen = preferences
			.of(people.stream().map(Draft::to).distinct().toList());
		List<NotificationStore.Row> rows = new ArrayList<>();
		List<Notice> notices = new ArrayList<>();
		for (Draft draft : people) {
			NoticePreferences.Choice choice = chosen.getOrDefault(draft.to(), Map.of())
				.getOrDefault(draft.kind(), NoticePreferences.defaultFor(draft.kind()));
			Set<Channel> channels = choice.channels();
			if (choice.app() || choice.digest()) {
				rows.add(new NotificationStore.Row(draft, choice.app(), choice.digest()));
			}
			if (!channels.isEmpty()) {
				notices.add(new Notice(draft.eventKey(), draft.kind(), draft.to(), channels, draft.requestId(),
						draft.processKey(), draft.taskId(), draft.title(), draft.stepName(), draft.actorId(),
						draft.comment(), draft.link(), draft.at()));
			}
		}
		store.insert(rows);
		notices.forEach(events::publishEvent);
	}

	/**
	 * The steps a return opened are told as returned, with the approver's comment; the
	 * initiator's own notice of the return stays.
	 */
	private static List<Draft> returned(List<Draft> drafts, Map<String, PendingNotices.Return> returns) {
		if (returns.isEmpty()) {
			return drafts;
		}
		List<Draft> result = new ArrayList<>();
		for (Draft draft : drafts) {
			PendingNotices.Return returned = draft.processInstanceId() == null ? null
					: returns.get(draft.processInstanceId());
			if (returned != null
					&& (draft.kind() == NoticeKind.TASK_ASSIGNED || draft.kind() == NoticeKind.TASK_OFFERED)) {
				result.add(draft.as(NoticeKind.RETURNED, returned.event().byUserId(), returned.event().comment(),
						returned.eventKey()));
			}
			else {
				result.add(draft);
			}
		}
		return result;
	}

	/**
	 * Fills in the requests' ids, titles and initiators: from what other drafts of the
	 * same instance know (a task that opened carries them), else in one look-up.
	 */
	private List<Draft> withRequests(List<Draft> drafts) {
		Map<String, Draft> known = new HashMap<>();
		Set<String> missing = new LinkedHashSet<>();
		for (Draft draft : drafts) {
			if (draft.processInstanceId() != null && draft.knowsRequest()) {
				known.putIfAbsent(draft.processInstanceId(), draft);
			}
		}
		for (Draft draft : drafts) {
			if (!draft.knowsRequest() && !known.containsKey(draft.processInstanceId())) {
				missing.add(draft.processInstanceId());
			}
		}
		Map<String, RequestHeadline> found = missing.isEmpty() ? Map.of() : headlines.ofInstances(missing);
		List<Draft> result = new ArrayList<>();
		for (Draft draft : drafts) {
			if (draft.knowsRequest()) {
				result.add(draft);
			}
			else if (known.containsKey(draft.processInstanceId())) {
				Draft other = known.get(draft.processInstanceId());
				result
					.add(draft.withRequest(other.requestId(), other.processKey(), other.title(), other.initiatorId()));
			}
			else if (found.containsKey(draft.processInstanceId())) {
				RequestHeadline headline = found.get(draft.processInstanceId());
				result.add(draft.withRequest(headline.requestId(), headline.processKey(), headline.title(),
						headline.initiatorId()));
			}
			else {
				result.add(draft); // no request of Baton's: told as it is
			}
		}
		return result;
	}

	/**
	 * One draft per person: groups resolved to their members (one look-up), initiators
	 * named; never the actor; one notice per person for the work one request gives them
	 * (the most telling one) and no other notice twice.
	 */
	private List<Draft> toPeople(List<Draft> drafts) {
		Set<String> groups = new LinkedHashSet<>();
		drafts.stream().filter(draft -> draft.recipient() == Draft.Recipient.GROUP).forEach(d -> groups.add(d.to()));
		Map<String, List<String>> members = groups.isEmpty() ? Map.of() : directory.activeMembersOf(groups);
		Map<String, Draft> chosen = new LinkedHashMap<>();
		for (Draft draft : drafts) {
			for (String person : recipients(draft, members)) {
				if (person == null || person.equals(draft.actorId())) {
					continue;
				}
				Draft mine = draft.toPerson(person);
				String key = WORK.contains(mine.kind())
						? person + "|work|"
								+ (mine.processInstanceId() != null ? mine.processInstanceId() : mine.taskId())
						: person + "|" + mine.kind() + "|" + mine.eventKey();
				chosen.merge(key, mine, (one, other) -> weight(other) > weight(one) ? other : one);
			}
		}
		return List.copyOf(chosen.values());
	}

	private static Collection<String> recipients(Draft draft, Map<String, List<String>> members) {
		return switch (draft.recipient()) {
			case PERSON -> java.util.Collections.singletonList(draft.to());
			case INITIATOR -> java.util.Collections.singletonList(draft.initiatorId());
			case GROUP -> members.getOrDefault(draft.to(), List.of());
		};
	}

	/** A return with its step tells most, then a task by name, then an offer. */
	private static int weight(Draft draft) {
		int kind = switch (draft.kind()) {
			case RETURNED -> 4;
			case TASK_ASSIGNED -> 2;
			default -> 0;
		};
		return kind + (draft.taskId() != null ? 1 : 0);
	}

}
