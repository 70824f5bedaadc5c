package dev.baton.engine;

import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's REST API wraps every engine exception of a start ({@code POST
 * /process-definition/…/start}) or a task completion into a {@link RestException} with
 * status 500. A {@link MissingVariableException} in it is the caller's mistake — a value
 * the model needs was not sent — so it answers 400 with that exception's message, which
 * names the variable and the element. This mapper takes only those; every other
 * {@link RestException} stays with the engine's own mapper (it is registered with a
 * higher priority than the engine's, and declines what it does not map).
 */
class EngineRestMissingVariables implements ExtendedExceptionMapper<RestException> {

	/** Ahead of the engine REST API's own mappers, which have Jersey's default, 5000. */
	static final int PRIORITY = 1000;

	@Override
	public boolean isMappable(RestException exception) {
		return missingVariable(exception) != null;
	}

	@Override
	public Response toResponse(RestException exception) {
		MissingVariableException missing = missingVariable(exception);
		return ExceptionHandlerHelper.getInstance().getResponse(missing != null ? missing : exception);
	}

	private static MissingVariableException missingVariable(Throwable exception) {
		for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
			if (cause instanceof MissingVariableException missing) {
				return missing;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return null;
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		ResourceConfigCustomizer engineRestMissingVariables() {
			return config -> config.register(new EngineRestMissingVariables(), PRIORITY);
		}

	}

}
