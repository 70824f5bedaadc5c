package dev.baton.operations;

import dev.baton.tasks.InboxVisibility;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * An administrator's actions on a whole request: end it (it ends as CANCELLED, its
 * initiator sees the news), suspend it (its tasks leave every inbox and cannot be acted
 * on) and resume it.
 */
@Component
class LifecycleActions {

	static final String CANCEL = "admin-cancel";
	static final String SUSPEND = "admin-suspend";
	static final String RESUME = "admin-resume";

	/**
	 * The delete reason Baton gives the engine when an administrator ends a request;
	 * anything but the initiator's withdrawal ends a request as CANCELLED (module
	 * requests).
	 */
	static final String CANCEL_REASON = "baton:cancelled-by-administrator";

	private final AdminAction action;

	private final RuntimeService runtimeService;

	private final InboxVisibility inbox;

	LifecycleActions(AdminAction action, RuntimeService runtimeService, InboxVisibility inbox) {
		this.action = action;
		this.runtimeService = runtimeService;
		this.inbox = inbox;
	}

	void cancel(String requestId, String reason) {
		action.run(requestId, reason, AdminAction.Needs.EITHER, java.util.List.of(), target -> {
			action.record(target, CANCEL, null, null, null, null);
			runtimeService.deleteProcessInstance(target.processInstanceId(), CANCEL_REASON);
		});
	}

	void suspend(String requestId, String reason) {
		action.run(requestId, reason, AdminAction.Needs.ACTIVE, java.util.List.of(), target -> {
			action.record(target, SUSPEND, null, null, null, null);
			runtimeService.suspendProcessInstanceById(target.processInstanceId());
			inbox.suspended(target.processInstanceId());
		});
	}

	void resume(String requestId, String reason) {
		action.run(requestId, reason, AdminAction.Needs.SUSPENDED, java.util.List.of(), target -> {
			action.record(target, RESUME, null, null, null, null);
			runtimeService.activateProcessInstanceById(target.processInstanceId());
			inbox.resumed(target.processInstanceId());
		});
	}

}
