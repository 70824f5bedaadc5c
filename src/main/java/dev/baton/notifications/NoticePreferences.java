package dev.baton.notifications;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Each person's channels per kind of notice ({@code baton_notification_preference}); a
 * kind without a row has Baton's default.
 */
@Component
class NoticePreferences {

	/** How e-mail tells a person: not at all, one e-mail each, or one a day. */
	enum Email {

		OFF, NOW, DIGEST

	}

	/** What a person chose for one kind. */
	record Choice(boolean app, Email email, boolean robot) {

		/**
		 * The channels a {@link Notice} goes to: a digest is no e-mail of its own (the
		 * row waits for the daily digest instead).
		 */
		Set<Channel> channels() {
			Set<Channel> channels = EnumSet.noneOf(Channel.class);
			if (app) {
				channels.add(Channel.APP);
			}
			if (email == Email.NOW) {
				channels.add(Channel.EMAIL);
			}
			if (robot) {
				channels.add(Channel.ROBOT);
			}
			return channels;
		}

		boolean digest() {
			return email == Email.DIGEST;
		}

	}

	private static final Map<NoticeKind, Choice> DEFAULTS = defaults();

	private static Map<NoticeKind, Choice> defaults() {
		Map<NoticeKind, Choice> defaults = new EnumMap<>(NoticeKind.class);
		// work for the person: where they already are, at once
		defaults.put(NoticeKind.TASK_ASSIGNED, new Choice(true, Email.OFF, true));
		defaults.put(NoticeKind.TASK_OFFERED, new Choice(true, Email.OFF, true));
		// decisions on the person's own request: worth an e-mail
		defaults.put(NoticeKind.APPROVED, new Choice(true, Email.NOW, false));
		defaults.put(NoticeKind.REJECTED, new Choice(true, Email.NOW, false));
		defaults.put(NoticeKind.RETURNED, new Choice(true, Email.NOW, true));
		// for information only
		defaults.put(NoticeKind.WITHDRAWN, new Choice(true, Email.OFF, false));
		defaults.put(NoticeKind.COPIED, new Choice(true, Email.OFF, false));
		defaults.put(NoticeKind.MENTIONED, new Choice(true, Email.NOW, false));
		// someone is waiting: every channel
		defaults.put(NoticeKind.URGED, new Choice(true, Email.NOW, true));
		defaults.put(NoticeKind.DUE_SOON, new Choice(true, Email.OFF, true));
		defaults.put(NoticeKind.OVERDUE, new Choice(true, Email.NOW, true));
		defaults.put(NoticeKind.ESCALATED, new Choice(true, Email.NOW, true));
		return Collections.unmodifiableMap(defaults);
	}

	static Choice defaultFor(NoticeKind kind) {
		return DEFAULTS.get(kind);
	}

	private final JdbcTemplate jdbc;

	NoticePreferences(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What these people chose, in one look-up; kinds they never changed are left out
	 * (their default applies).
	 */
	Map<String, Map<NoticeKind, Choice>> of(Collection<String> userIds) {
		if (userIds.isEmpty()) {
			return Map.of();
		}
		Map<String, Map<NoticeKind, Choice>> chosen = new HashMap<>();
		jdbc.query("SELECT user_id, kind, app, email, robot FROM baton_notification_preference WHERE user_id IN ("
				+ String.join(", ", Collections.nCopies(userIds.size(), "?")) + ")", row -> {
					NoticeKind kind = kindOf(row.getString("kind"));
					Email email = emailOf(row.getString("email"));
					if (kind != null && email != null) {
						chosen.computeIfAbsent(row.getString("user_id"), id -> new EnumMap<>(NoticeKind.class))
							.put(kind, new Choice(row.getBoolean("app"), email, row.getBoolean("robot")));
					}
				}, userIds.toArray());
		return chosen;
	}

	/** Every kind for one person: what they chose, else the default. */
	Map<NoticeKind, Choice> of(String userId) {
		Map<NoticeKind, Choice> all = new EnumMap<>(DEFAULTS);
		all.putAll(of(List.of(userId)).getOrDefault(userId, Map.of()));
		return all;
	}

	/** Keeps what differs from the defaults; a kind back at its default loses its row. */
	void save(String userId, Map<NoticeKind, Choice> choices) {
		jdbc.update("DELETE FROM baton_notification_preference WHERE user_id = ?", userId);
		List<Object[]> rows = choices.entrySet()
			.stream()
			.filter(choice -> !choice.getValue().equals(DEFAULTS.get(choice.getKey())))
			.map(choice -> new Object[] { userId, choice.getKey().name(), choice.getValue().app(),
					choice.getValue().email().name(), choice.getValue().robot() })
			.toList();
		if (!rows.isEmpty()) {
			jdbc.batchUpdate("INSERT INTO baton_notification_preference (user_id, kind, app, email, robot)"
					+ " VALUES (?, ?, ?, ?, ?)", rows);
		}
	}

	static NoticeKind kindOf(String name) {
		try {
			return name == null ? null : NoticeKind.valueOf(name);
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}

	static Email emailOf(String name) {
		try {
			return name == null ? null : Email.valueOf(name);
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}

}
