package dev.baton.engine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.Condition;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * A gateway evaluates the conditions of its outgoing sequence flows while the request
 * stands at the gateway: a condition that needs a missing variable is named by its
 * sequence flow (where the designer wrote it), not by the gateway.
 */
final class SequenceFlowConditions extends AbstractBpmnParseListener {

	@Override
	public void parseSequenceFlow(Element element, ScopeImpl scope, TransitionImpl transition) {
		if (transition.getProperty(BpmnParse.PROPERTYNAME_CONDITION) instanceof Condition condition) {
			transition.setProperty(BpmnParse.PROPERTYNAME_CONDITION,
					new Named(condition, transition.getId(), element.attribute("name")));
		}
	}

	private record Named(Condition condition, String flowId, String flowName) implements Condition {

		@Override
		public boolean evaluate(DelegateExecution execution) {
			try {
				return condition.evaluate(execution);
			}
			catch (MissingVariableException missing) {
				throw missing.at(flowId, flowName);
			}
		}

		@Override
		public boolean evaluate(VariableScope scope, DelegateExecution execution) {
			try {
				return condition.evaluate(scope, execution);
			}
			catch (MissingVariableException missing) {
				throw missing.at(flowId, flowName);
			}
		}

		@Override
		public boolean tryEvaluate(VariableScope scope, DelegateExecution execution) {
			return condition.tryEvaluate(scope, execution);
		}

	}

}
