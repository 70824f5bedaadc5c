package dev.baton.engine;

import java.util.Collection;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.bpmn.behavior.MultiInstanceActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * The run-time half of the multi-instance limit: a loop cardinality or collection that
 * comes from a process variable is only known when the step starts, so it is checked
 * then, and more than {@link MultiInstancePolicy#MAX_CARDINALITY} instances stop the
 * request with an incident instead of creating them. Registered before the approval-step
 * listener, which replaces the collection of approval steps with Baton's own approver
 * resolution.
 */
final class MultiInstanceLimit extends AbstractBpmnParseListener {

	@Override
	public void parseMultiInstanceLoopCharacteristics(Element activityElement,
			Element multiInstanceLoopCharacteristicsElement, ActivityImpl activity) {
		if (!(activity.getActivityBehavior() instanceof MultiInstanceActivityBehavior behavior)) {
			return;
		}
		String stepId = activityElement.attribute("id");
		if (behavior.getLoopCardinalityExpression() != null
				&& !behavior.getLoopCardinalityExpression().isLiteralText()) {
			behavior.setLoopCardinalityExpression(new Limited(stepId, behavior.getLoopCardinalityExpression(), null));
		}
		if (behavior.getCollectionExpression() != null) {
			behavior.setCollectionExpression(new Limited(stepId, behavior.getCollectionExpression(), null));
		}
		else if (behavior.getCollectionVariable() != null) {
			behavior.setCollectionExpression(new Limited(stepId, null, behavior.getCollectionVariable()));
			behavior.setCollectionVariable(null);
		}
	}

	/**
	 * Reads the original expression (or variable) and refuses a value above the limit.
	 */
	static final class Limited implements Expression {

		private final String stepId;

		private final Expression original;

		private final String variable;

		Limited(String stepId, Expression original, String variable) {
			this.stepId = stepId;
			this.original = original;
			this.variable = variable;
		}

		@Override
		public Object getValue(VariableScope scope) {
			Object value = original != null ? original.getValue(scope) : scope.getVariable(variable);
			long count = value instanceof Collection<?> collection ? collection.size()
					: value instanceof Number number ? number.longValue()
							: value instanceof String text && text.strip().matches("\\d{1,18}")
									? Long.parseLong(text.strip()) : 0;
			if (count > MultiInstancePolicy.MAX_CARDINALITY) {
				throw new ProcessEngineException(
						"Step '" + stepId + "' would create " + count + " instances; the safety policy allows at most "
								+ MultiInstancePolicy.MAX_CARDINALITY + " (mi.cardinality)");
			}
			return value;
		}

		@Override
		public void setValue(Object value, VariableScope scope) {
			throw new UnsupportedOperationException("read-only");
		}

		@Override
		public String getExpressionText() {
			return original != null ? original.getExpressionText() : variable;
		}

		@Override
		public boolean isLiteralText() {
			return false;
		}

	}

}
