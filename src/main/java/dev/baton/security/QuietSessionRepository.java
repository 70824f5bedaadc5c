package dev.baton.security;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Spring Session JDBC, without a write on every request. The stock repository marks a
 * session changed whenever it is read, because the session filter sets its last-access
 * time, and so every logged-in request costs an UPDATE and a commit. Here a session is
 * written only when something in it changed (created, logged in, an attribute set, its id
 * changed, logged out) or when its last-access time is older than {@code touchInterval}:
 * a session used all day is touched at most once per interval and still never expires
 * while in use; an idle one expires between {@code timeout - touchInterval} and
 * {@code timeout} after its last request.
 * <p>
 * Reading a session is one statement without a transaction, once per request; the
 * statements of one save (the session row and its attributes) run in one transaction of
 * their own.
 */
class QuietSessionRepository implements FindByIndexNameSessionRepository<QuietSessionRepository.QuietSession>,
		InitializingBean, DisposableBean {

	private final JdbcIndexedSessionRepository lifecycle;

	/** The same repository; its session type is not public. */
	private final FindByIndexNameSessionRepository<Session> jdbc;

	private final TransactionOperations writes;

	private final Duration touchInterval;

	/**
	 * Sessions read during the current request, by the id they were asked for: Spring
	 * Session's filter asks for the same session again after saving it (spring-session
	 * issue 1731), which would cost a second SELECT. Open only inside
	 * {@link #openRequestScope}.
	 */
	private final ThreadLocal<Map<String, QuietSession>> readThisRequest = new ThreadLocal<>();

	/**
	 * @param jdbc the stock repository, built to run without transactions of its own
	 * @param writes runs one save in a new transaction
	 */
	QuietSessionRepository(JdbcIndexedSessionRepository jdbc, TransactionOperations writes, Duration touchInterval) {
		this.lifecycle = jdbc;
		this.jdbc = asSessions(jdbc);
		this.writes = writes;
		this.touchInterval = touchInterval;
	}

	@Override
	public void afterPropertiesSet() {
		lifecycle.afterPropertiesSet(); // schedules the clean-up of expired sessions
	}

	@Override
	public void destroy() {
		lifecycle.destroy();
	}

	@Override
	public QuietSession createSession() {
		return new QuietSession(jdbc.createSession(), true);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static FindByIndexNameSessionRepository<Session> asSessions(JdbcIndexedSessionRepository jdbc) {
		return (FindByIndexNameSessionRepository) jdbc;
	}

	@Override
	public void save(QuietSession session) {
		if (!session.changed) {
			return;
		}
		if (session.usedAt != null && session.usedAt.isAfter(session.stored.getLastAccessedTime())) {
			session.stored.setLastAccessedTime(session.usedAt);
		}
		writes.executeWithoutResult(status -> jdbc.save(session.stored));
		session.changed = false;
	}

	/**
	 * Opens the current request's scope, in which each session is read at most once;
	 * closing it forgets them. A nested dispatch of the same request joins the open
	 * scope.
	 */
	RequestScope openRequestScope() {
		if (readThisRequest.get() != null) {
			return () -> {
			};
		}
		readThisRequest.set(new HashMap<>());
		return readThisRequest::remove;
	}

	/** The sessions read in one request. */
	interface RequestScope extends AutoCloseable {

		@Override
		void close();

	}

	@Override
	public QuietSession findById(String id) {
		Map<String, QuietSession> read = readThisRequest.get();
		if (read != null && read.containsKey(id)) {
			return read.get(id);
		}
		Session stored = jdbc.findById(id);
		QuietSession session = stored == null ? null : new QuietSession(stored, false);
		if (read != null) {
			read.put(id, session);
		}
		return session;
	}

	@Override
	public void deleteById(String id) {
		Map<String, QuietSession> read = readThisRequest.get();
		if (read != null) {
			read.values().removeIf(session -> session != null && session.getId().equals(id));
			read.put(id, null);
		}
		jdbc.deleteById(id);
	}

	@Override
	public Map<String, QuietSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		Map<String, QuietSession> sessions = new LinkedHashMap<>();
		jdbc.findByIndexNameAndIndexValue(indexName, indexValue)
			.forEach((id, stored) -> sessions.put(id, new QuietSession(stored, false)));
		return sessions;
	}

	/** A stored session that remembers whether it needs writing. */
	final class QuietSession implements Session {

		private final Session stored;

		private boolean changed;

		/** When the session was last used in this request. */
		private Instant usedAt;

		QuietSession(Session stored, boolean changed) {
			this.stored = stored;
			this.changed = changed;
		}

		@Override
		public String getId() {
			return stored.getId();
		}

		@Override
		public String changeSessionId() {
			changed = true;
			return stored.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return stored.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return stored.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			changed = true;
			stored.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			if (stored.getAttributeNames().contains(attributeName)) {
				changed = true;
				stored.removeAttribute(attributeName);
			}
		}

		@Override
		public Instant getCreationTime() {
			return stored.getCreationTime();
		}

		/**
		 * Called by the session filter on every request that uses the session; written
		 * when the session is saved for another change, or on its own once the stored
		 * time is {@code touchInterval} old.
		 */
		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			usedAt = lastAccessedTime;
			// never wait longer than half the session's lifetime, however short it is set
			Duration halfLife = stored.getMaxInactiveInterval().dividedBy(2);
			Duration interval = !halfLife.isNegative() && !halfLife.isZero() && halfLife.compareTo(touchInterval) < 0
					? halfLife : touchInterval;
			if (!lastAccessedTime.isBefore(stored.getLastAccessedTime().plus(interval))) {
				changed = true;
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return stored.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			if (!interval.equals(stored.getMaxInactiveInterval())) {
				changed = true;
				stored.setMaxInactiveInterval(interval);
			}
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return stored.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return stored.isExpired();
		}

	}

}
