package dev.baton.notifications;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import dev.baton.directory.Directory;
import dev.baton.directory.Person;
import dev.baton.security.CurrentUser;
import dev.baton.web.ProblemException;
import dev.baton.web.ProblemException.FieldProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own notifications and preferences; nobody ever reads or marks another
 * person's.
 */
@RestController
@RequestMapping("/api/notifications")
@Tag(name = "Notifications", description = "The caller's in-app notifications and notification preferences")
class NotificationsController {

	static final int MAX_PAGE_SIZE = 100;

	private final NotificationStore store;

	private final NoticePreferences preferences;

	private final CurrentUser currentUser;

	private final Directory directory;

	NotificationsController(NotificationStore store, NoticePreferences preferences, CurrentUser currentUser,
			Directory directory) {
		this.store = store;
		this.preferences = preferences;
		this.currentUser = currentUser;
		this.directory = directory;
	}

	record PersonView(String id, String name) {
	}

	record NotificationView(long id, NoticeKind kind, String requestId, String processKey, String taskId, String title,
			String stepName, PersonView actor, String comment, String link, boolean read, Instant createdAt) {
	}

	record NotificationPage(List<NotificationView> items, long total, long unread, int page, int size) {
	}

	record UnreadCount(long unread) {
	}

	@GetMapping
	@Operation(summary = "A page of the caller's notifications, unread first, newest first")
	NotificationPage list(@RequestParam(defaultValue = "all") String filter, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		String caller = currentUser.id();
		List<FieldProblem> problems = new ArrayList<>();
		if (!"all".equals(filter) && !"unread".equals(filter)) {
			problems.add(new FieldProblem("filter", "notifications.filter.unknown", filter));
		}
		if (page < 0) {
			problems.add(new FieldProblem("page", "notifications.page.negative"));
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			problems.add(new FieldProblem("size", "notifications.size.range", 1, MAX_PAGE_SIZE));
		}
		if (!problems.isEmpty()) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "error.invalidFields", problems);
		}
		boolean unreadOnly = "unread".equals(filter);
		List<NotificationStore.Entry> entries = store.page(caller, unreadOnly, page, size);
		Map<String, String> names = directory
			.people(entries.stream().map(NotificationStore.Entry::actorId).filter(Objects::nonNull).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Person::id, Person::displayName, (a, b) -> a));
		List<NotificationView> items = entries.stream()
			.map(entry -> new NotificationView(entry.id(), entry.kind(), entry.requestId(), entry.processKey(),
					entry.taskId(), entry.title(), entry.stepName(),
					entry.actorId() == null ? null
							: new PersonView(entry.actorId(), names.getOrDefault(entry.actorId(), entry.actorId())),
					entry.comment(), entry.link(), entry.read(), entry.createdAt()))
			.toList();
		long unread = store.count(caller, true);
		long total = unreadOnly ? unread : store.count(caller, false);
		return new NotificationPage(items, total, unread, page, size);
	}

	@GetMapping("/unread-count")
	@Operation(summary = "How many of the caller's notifications are unread (the bell)")
	UnreadCount unreadCount() {
		return new UnreadCount(store.count(currentUser.id(), true));
	}

	@PostMapping("/{id}/read")
	@Operation(summary = "Marks one of the caller's notifications read")
	ResponseEntity<Void> markRead(@PathVariable long id) {
		if (!store.markRead(currentUser.id(), id, Instant.now())) {
			throw new ProblemException(HttpStatus.NOT_FOUND, "notifications.notFound");
		}
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/read-all")
	@Operation(summary = "Marks all of the caller's notifications read")
	UnreadCount markAllRead() {
		store.markAllRead(currentUser.id(), Instant.now());
		return new UnreadCount(0);
	}

	/**
	 * One kind's choice.
	 *
	 * @param email {@code OFF}, {@code NOW} or {@code DIGEST}
	 */
	record PreferenceView(String kind, Boolean app, String email, Boolean robot) {
	}

	record PreferencesView(List<PreferenceView> kinds) {
	}

	@GetMapping("/preferences")
	@Operation(summary = "The caller's channels for each kind of notice")
	PreferencesView preferences() {
		return view(preferences.of(currentUser.id()));
	}

	@PutMapping("/preferences")
	@Transactional
	@Operation(summary = "Changes the caller's channels; kinds left out keep theirs")
	PreferencesView savePreferences(@RequestBody PreferencesView body) {
		String caller = currentUser.id();
		List<FieldProblem> problems = new ArrayList<>();
		Map<NoticeKind, NoticePreferences.Choice> choices = new EnumMap<>(NoticeKind.class);
		choices.putAll(preferences.of(caller));
		List<PreferenceView> kinds = body == null || body.kinds() == null ? List.of() : body.kinds();
		for (int i = 0; i < kinds.size(); i++) {
			PreferenceView view = kinds.get(i);
			String field = "kinds[" + i + "]";
			NoticeKind kind = view == null ? null : NoticePreferences.kindOf(view.kind());
			if (kind == null) {
				problems.add(new FieldProblem(field + ".kind", "notifications.kind.unknown",
						view == null ? "" : String.valueOf(view.kind())));
				continue;
			}
			NoticePreferences.Email email = NoticePreferences.emailOf(view.email());
			if (email == null) {
				problems.add(new FieldProblem(field + ".email", "notifications.email.unknown",
						String.valueOf(view.email())));
				continue;
			}
			if (view.app() == null || view.robot() == null) {
				problems.add(new FieldProblem(field + (view.app() == null ? ".app" : ".robot"),
						"notifications.channel.required"));
				continue;
			}
			choices.put(kind, new NoticePreferences.Choice(view.app(), email, view.robot()));
		}
		if (!problems.isEmpty()) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "error.invalidFields", problems);
		}
		preferences.save(caller, choices);
		return view(choices);
	}

	private static PreferencesView view(Map<NoticeKind, NoticePreferences.Choice> choices) {
		return new PreferencesView(choices.entrySet()
			.stream()
			.map(choice -> new PreferenceView(choice.getKey().name(), choice.getValue().app(),
					choice.getValue().email().name(), choice.getValue().robot()))
			.toList());
	}

}
