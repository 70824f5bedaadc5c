package dev.baton.engine;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Tells the command's {@link TaskChangeCollector} that a task's assignee changed: the
 * engine fires {@code assignment} only when the assignee really changes, which the state
 * the collector sees at the end of the command cannot tell. It makes
 * {@link TaskChanged.Updated#reassigned()} true; a task created in the same command is
 * announced as {@link TaskChanged.Opened} anyway.
 */
final class AssigneeChanges implements TaskListener {

	static final AssigneeChanges INSTANCE = new AssigneeChanges();

	private AssigneeChanges() {
	}

	@Override
	public void notify(DelegateTask task) {
		CommandContext context = Context.getCommandContext();
		if (context != null) {
			context.getSession(TaskChangeCollector.class).reassigned(task.getId());
		}
	}

}
