package dev.baton.security;

import java.util.Locale;

import dev.baton.web.Messages;
import dev.baton.web.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import org.glassfish.jersey.server.monitoring.ApplicationEvent;
import org.glassfish.jersey.server.monitoring.ApplicationEventListener;
import org.glassfish.jersey.server.monitoring.RequestEvent;
import org.glassfish.jersey.server.monitoring.RequestEventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ProblemDetail;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Listens to the engine's REST API (Jersey) for the exceptions it turns into its own
 * error answers, and decides Baton's problem detail for each from the exception itself
 * ({@link EngineRestProblems}), for {@code EngineRestErrorFilter} to answer with. The
 * REST API's exception mappers stay untouched: only what reaches the caller changes.
 */
final class EngineRestFailures implements ApplicationEventListener {

	private static final Logger log = LoggerFactory.getLogger(EngineRestFailures.class);

	private final EngineRestProblems problems;

	private final ProblemWriter writer;

	EngineRestFailures(EngineRestProblems problems, ProblemWriter writer) {
		this.problems = problems;
		this.writer = writer;
	}

	@Override
	public void onEvent(ApplicationEvent event) {
		// the application's life cycle is of no interest
	}

	@Override
	public RequestEventListener onRequest(RequestEvent requestEvent) {
		return event -> {
			if (event.getType() == RequestEvent.Type.ON_EXCEPTION && event.getException() != null) {
				remember(event.getException());
			}
		};
	}

	private void remember(Throwable failure) {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return;
		}
		HttpServletRequest request = attributes.getRequest();
		if (request.getAttribute(ProblemWriter.PENDING_PROBLEM) != null) {
			return; // the first failure is the one the caller's request caused
		}
		Locale locale = writer.locale(request);
		ProblemDetail problem = problems.of(failure, locale);
		if (problem.getStatus() >= 500) {
			log.error("Engine REST request {} {} failed", request.getMethod(), request.getRequestURI(), failure);
		}
		else {
			log.debug("Engine REST request {} {} refused", request.getMethod(), request.getRequestURI(), failure);
		}
		request.setAttribute(ProblemWriter.PENDING_PROBLEM, problem);
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		ResourceConfigCustomizer engineRestFailures(Messages messages, ProblemWriter problems) {
			return config -> config
				.register(new EngineRestFailures(new EngineRestProblems(messages, problems), problems));
		}

	}

}
