/**
 * Tells people where they already are: who hears about what (a new task for them or their
 * role, a decision on their request, a copy, an urge, a mention, a deadline), the in-app
 * notifications and their bell, each person's preferences, and delivery by e-mail and the
 * DingTalk / WeCom / Feishu robots.
 * <p>
 * Everything that leaves Baton goes through the {@link dev.baton.notifications.Outbox}: a
 * row written in the same transaction as the decision that caused it and delivered after
 * commit by a worker that claims rows through the database, so that a rolled-back
 * decision sends nothing, a crash loses nothing and two nodes never send one message
 * twice. Each way out is an {@link dev.baton.notifications.OutboxSender}.
 * <p>
 * Other modules announce what happened with their own events; this module listens, inside
 * their transactions ({@code NoticeFanOut}), collects what each person is to hear and,
 * just before the transaction commits and still inside it ({@code PendingNotices}),
 * writes their in-app rows ({@code baton_notification}, one INSERT for all) and announces
 * each person's {@link dev.baton.notifications.Notice}. The person who acted is never
 * told about their own action; a person told twice about the same work (a return that
 * also gives them the step) is told once.
 * <p>
 * Preferences ({@code baton_notification_preference}): per person and
 * {@link dev.baton.notifications.NoticeKind}, APP and ROBOT on or off, and e-mail
 * {@code OFF}, {@code NOW} or {@code DIGEST}. A notice's channels are the person's
 * choice: {@link dev.baton.notifications.Channel#APP} when a row was written to their
 * list, {@link dev.baton.notifications.Channel#EMAIL} only for {@code NOW}. For
 * {@code DIGEST} the notice carries no EMAIL; instead its row in
 * {@code baton_notification} has {@code digest_due = TRUE} (written even when APP is off,
 * then with {@code in_app = FALSE}, hidden from the list), and whoever sends the daily
 * digest reads the rows with {@code digest_due} and no {@code digest_sent_at}, per
 * recipient, and sets {@code digest_sent_at}.
 * <p>
 * Over HTTP, {@code /api/notifications}: the caller's list (unread first), the unread
 * count the bell polls, marking one or all read, and the caller's preferences.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package dev.baton.notifications;
