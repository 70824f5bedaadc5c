package dev.baton.engine;

import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * An "expression" that only reads one local variable: how resolved approvers reach the
 * engine's task, no JUEL involved. A list-valued one turns the comma-separated value into
 * a list.
 */
final class LocalVariableExpression implements Expression {

	private final String variable;

	private final boolean list;

	private LocalVariableExpression(String variable, boolean list) {
		this.variable = variable;
		this.list = list;
	}

	static LocalVariableExpression single(String variable) {
		return new LocalVariableExpression(variable, false);
	}

	static LocalVariableExpression list(String variable) {
		return new LocalVariableExpression(variable, true);
	}

	@Override
	public Object getValue(VariableScope scope) {
		Object value = scope.getVariableLocal(variable);
		return list ? ApprovalVariables.split(value) : value;
	}

	@Override
	public void setValue(Object value, VariableScope scope) {
		throw new UnsupportedOperationException("read-only");
	}

	@Override
	public String getExpressionText() {
		return "baton:" + variable;
	}

	@Override
	public boolean isLiteralText() {
		return false;
	}

}
