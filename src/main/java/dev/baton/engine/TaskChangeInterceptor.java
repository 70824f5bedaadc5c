package dev.baton.engine;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Gives every engine command context a {@link TaskChangeCollector} before the command
 * runs, so the collector hears the context close whatever the command does. Runs inside
 * the command context (a "post" interceptor); nested commands share their outer command's
 * context and collector.
 */
final class TaskChangeInterceptor extends CommandInterceptor {

	@Override
	public <T> T execute(Command<T> command) {
		CommandContext context = Context.getCommandContext();
		if (context != null) {
			context.getSession(TaskChangeCollector.class).register(context);
		}
		return next.execute(command);
	}

}
