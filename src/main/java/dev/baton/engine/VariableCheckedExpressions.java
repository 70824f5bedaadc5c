package dev.baton.engine;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.BaseDelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.el.Expression;
import org.camunda.bpm.engine.impl.el.JuelExpression;
import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.PropertyNotFoundException;
import org.camunda.bpm.impl.juel.jakarta.el.ValueExpression;

/**
 * The engine's JUEL expressions (with an explicit bean map, see
 * {@link BatonEnginePlugin}), except that an expression naming a variable the process
 * does not have fails with a {@link MissingVariableException} naming the variable and the
 * element, instead of the engine's bare "Unknown property used in expression". The cause
 * stays the JUEL {@link PropertyNotFoundException}, which is how the engine's conditional
 * events recognise a condition that cannot be evaluated yet.
 */
final class VariableCheckedExpressions extends JuelExpressionManager {

	private static final Pattern IDENTIFIER = Pattern.compile("identifier '([^']+)'");

	VariableCheckedExpressions(Map<Object, Object> beans) {
		super(beans);
	}

	@Override
	public Expression createExpression(String expression) {
		ensureInitialized();
		return new Checked(createValueExpression(expression), this, expression);
	}

	private static final class Checked extends JuelExpression {

		Checked(ValueExpression valueExpression, JuelExpressionManager manager, String text) {
			super(valueExpression, manager, text);
		}

		@Override
		public Object getValue(VariableScope scope, BaseDelegateExecution contextExecution) {
			try {
				return super.getValue(scope, contextExecution);
			}
			catch (ProcessEngineException failure) {
				if (failure.getCause() instanceof PropertyNotFoundException missing) {
					Matcher name = IDENTIFIER.matcher(String.valueOf(missing.getMessage()));
					if (name.find()) {
						throw new MissingVariableException(name.group(1), elementId(scope, contextExecution),
								elementName(scope, contextExecution), expressionText, missing);
					}
				}
				throw failure;
			}
		}

		private static String elementId(VariableScope scope, BaseDelegateExecution contextExecution) {
			if (scope instanceof DelegateTask task) {
				return task.getTaskDefinitionKey();
			}
			DelegateExecution execution = contextExecution instanceof DelegateExecution context ? context
					: scope instanceof DelegateExecution own ? own : null;
			return execution == null ? null : execution.getCurrentActivityId();
		}

		private static String elementName(VariableScope scope, BaseDelegateExecution contextExecution) {
			if (scope instanceof DelegateTask task) {
				return task.getName();
			}
			DelegateExecution execution = contextExecution instanceof DelegateExecution context ? context
					: scope instanceof DelegateExecution own ? own : null;
			return execution == null ? null : execution.getCurrentActivityName();
		}

	}

}
