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
 * their transactions, and announces each person's {@link dev.baton.notifications.Notice}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package dev.baton.notifications;
