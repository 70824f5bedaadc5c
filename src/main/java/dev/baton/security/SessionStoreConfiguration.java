package dev.baton.security;

import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.session.SessionProperties;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Browser sessions in the database, so that every Baton node knows every login, stored by
 * Spring Session JDBC in {@code baton_session} (created by Flyway) behind a
 * {@link QuietSessionRepository}, which writes a session only when it changed or its
 * last-access time is {@code baton.security.session.touch-interval} old (default 5
 * minutes) — instead of on every request — and which is read once per request. Configured
 * here rather than by Spring Boot's auto-configuration, which cannot wrap the repository;
 * the session cookie ({@code server.servlet.session.cookie.*}) and the timeout
 * ({@code spring.session.timeout}) stay Spring Boot's settings.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	@Bean
	QuietSessionRepository sessionRepository(DataSource dataSource, PlatformTransactionManager transactions,
			SessionProperties sessions, ServerProperties server,
			@Value("${baton.security.session.table-name:baton_session}") String tableName,
			@Value("${baton.security.session.touch-interval:5m}") Duration touchInterval,
			@Value("${baton.security.session.cleanup-cron:0 * * * * *}") String cleanupCron) {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		// one statement at a time needs no transaction; saves get theirs from the wrapper
		JdbcIndexedSessionRepository stored = new JdbcIndexedSessionRepository(jdbc,
				TransactionOperations.withoutTransaction());
		stored.setTableName(tableName);
		stored.setDefaultMaxInactiveInterval(
				sessions.determineTimeout(() -> server.getServlet().getSession().getTimeout()));
		stored.setCleanupCron(cleanupCron);
		ClassLoader classLoader = SessionStoreConfiguration.class.getClassLoader();
		GenericConversionService conversion = new GenericConversionService();
		conversion.addConverter(Object.class, byte[].class, new SerializingConverter());
		conversion.addConverter(byte[].class, Object.class, new DeserializingConverter(classLoader));
		stored.setConversionService(conversion);
		TransactionTemplate writes = new TransactionTemplate(transactions);
		writes.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		return new QuietSessionRepository(stored, writes, touchInterval);
	}

	/**
	 * The session filter (Spring Boot registers it in front of all others), reading each
	 * session once per request and finding it by Spring Boot's session cookie.
	 */
	@Bean
	ReadOnceSessionFilter springSessionRepositoryFilter(QuietSessionRepository sessions, CookieSerializer cookies) {
		CookieHttpSessionIdResolver cookieIds = new CookieHttpSessionIdResolver();
		cookieIds.setCookieSerializer(cookies);
		ReadOnceSessionFilter filter = new ReadOnceSessionFilter(sessions);
		filter.setHttpSessionIdResolver(cookieIds);
		return filter;
	}

}
