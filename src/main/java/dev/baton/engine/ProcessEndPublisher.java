package dev.baton.engine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.context.ApplicationEventPublisher;

/** Announces the end of every process instance as a {@link ProcessEnded} event. */
final class ProcessEndPublisher implements ExecutionListener {

	private final ApplicationEventPublisher events;

	ProcessEndPublisher(ApplicationEventPublisher events) {
		this.events = events;
	}

	@Override
	public void notify(DelegateExecution execution) {
		if (!execution.getId().equals(execution.getProcessInstanceId())) {
			return;
		}
		String deleteReason = execution instanceof ExecutionEntity entity ? entity.getDeleteReason() : null;
		events.publishEvent(new ProcessEnded(execution.getProcessInstanceId(), execution.getProcessDefinitionId(),
				execution.getProcessBusinessKey(), execution.isCanceled(), deleteReason));
	}

}
