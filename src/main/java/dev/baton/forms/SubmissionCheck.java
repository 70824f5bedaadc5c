package dev.baton.forms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.baton.engine.ApprovalVariables;
import dev.baton.forms.FormModel.Component;
import dev.baton.forms.FormModel.Field;
import dev.baton.forms.FormModel.Node;
import dev.baton.forms.FormModel.Obj;
import dev.baton.forms.FormModel.Repeat;
import dev.baton.web.ProblemException.FieldProblem;

/**
 * One check of one submission against one form: walks the form's data shape and the
 * submitted data side by side, collects every problem, and builds the values to store.
 * Not thread-safe; create one per submission.
 *
 * <p>
 * This class owns the structure (unknown keys, groups, lists and their rows, computed
 * fields), the protection of read-only fields and the required check; {@link FieldValues}
 * judges each value, {@link FieldConditions} reads hide, read-only and required settings,
 * and {@link SubmissionProblems} collects what is wrong.
 */
final class SubmissionCheck {

	static final int MAX_KEYS = 200;
	static final int MAX_TEXT = 10_000;
	static final int MAX_ITEMS = 500;

	private final FormModel form;

	private final Feel feel;

	private final boolean enforceRequired;

	private final Map<String, Object> current;

	private final SubmissionProblems problems = new SubmissionProblems();

	private final FieldConditions conditions;

	private final FieldValues values;

	SubmissionCheck(FormModel form, Feel feel, Function<String, BoundedRegex> patterns, LocalDate today,
			boolean enforceRequired, Map<String, Object> current) {
		this.form = form;
		this.feel = feel;
		this.enforceRequired = enforceRequired;
		this.current = current;
		this.conditions = new FieldConditions(feel);
		this.values = new FieldValues(feel, patterns, today, current, conditions, problems);
	}

	List<FieldProblem> problems() {
		return problems.list();
	}

	/**
	 * @return the top-level variables to store (plain values), meaningful only when there
	 * are no problems
	 */
	Map<String, Object> run(Map<String, Object> submitted) {
		Map<String, Object> merged = new HashMap<>(current);
		merged.putAll(trusted(form.root, submitted, current));
		for (String key : submitted.keySet()) {
			if (ApprovalVariables.isReserved(key)) {
				problems.problem(key, "forms.field.reserved", key);
			}
		}
		ConditionScope root = ConditionScope.root(merged, current);
		return walk(form.root, submitted, current, "", "", root, false, true);
	}

	private record Computed(String name, Field field) {
	}

	/**
	 * Checks one object of the data against one object of the form.
	 * @param sub what was submitted for it, or null when it was not sent
	 * @param now what the request holds for it now, or null
	 * @param rowLabel appended to labels inside list rows (" #3")
	 * @param protectedAbove inside a read-only list or group
	 * @param top the top level, where values are process variables
	 * @return the object to store
	 */
	private Map<String, Object> walk(Obj node, Map<String, Object> sub, Map<String, Object> now, String path,
			String rowLabel, ConditionScope scope, boolean protectedAbove, boolean top) {
		Map<String, Object> out = new LinkedHashMap<>();
		if (sub != null) {
			for (String key : sub.keySet()) {
				if (!node.members.containsKey(key) && !(top && ApprovalVariables.isReserved(key))) {
					problems.problem(join(path, key), "forms.field.unknown", join(path, key));
				}
			}
		}
		List<Computed> computed = new ArrayList<>();
		for (Map.Entry<String, Node> entry : node.members.entrySet()) {
			String name = entry.getKey();
			if (top && ApprovalVariables.isReserved(name)) {
				continue; // a form may not bind the engine's own variables: never stored,
							// computed or required
			}
			String fieldPath = join(path, name);
			boolean present = sub != null && sub.containsKey(name);
			Object value = present ? sub.get(name) : null;
			boolean nowPresent = now != null && now.containsKey(name);
			Object nowValue = now == null ? null : now.get(name);
			Node member = entry.getValue();
			if (member instanceof Field field) {
				if (field.computed()) {
					if (!conditions.hidden(field.containers(), field.component(), scope)) {
						computed.add(new Computed(name, field));
					}
					continue;
				}
				field(field, present, value, nowPresent, nowValue, fieldPath, rowLabel, scope, protectedAbove, top, out,
						name);
			}
			else if (member instanceof Repeat repeat) {
				repeat(repeat, present, value, nowValue, fieldPath, rowLabel, scope, protectedAbove, top, out, name);
			}
			else if (member instanceof Obj obj) {
				object(obj, present, value, nowValue, fieldPath, rowLabel, scope, protectedAbove, top, out, name);
			}
		}
		for (Computed field : computed) {
			Map<String, Object> data = new HashMap<>(now == null ? Map.of() : now);
			data.putAll(out);
			ConditionScope computeScope = scope.withThis(data, top ? current : now == null ? Map.of() : now);
			Map<String, Object> context = computeScope.context(false);
			if (top) {
				context.putAll(data);
			}
			String expression = field.field().component().json().path("expression").asText("");
			out.put(field.name(), Feel.isExpression(expression) ? feel.evaluate(expression, context) : null);
		}
		return out;
	}

	private void field(Field field, boolean present, Object value, boolean nowPresent, Object nowValue, String path,
			String rowLabel, ConditionScope scope, boolean protectedAbove, boolean top, Map<String, Object> out,
			String name) {
		Component component = field.component();
		String label = component.label() + rowLabel;
		if (conditions.hidden(field.containers(), component, scope)) {
			return; // form-js does not submit hidden fields: dropped, not required
		}
		if (!field.supported()) {
			if (present) {
				problems.problem(path, "forms.field.unsupported", label);
			}
			return;
		}
		if (protectedAbove || conditions.isProtected(field.containers(), component, scope)) {
			if (present && !Values.same(value, nowValue)) {
				problems.problem(path, "forms.field.readonly", label);
			}
			if (!top && nowPresent) {
				out.put(name, nowValue); // a row keeps what it holds; a top-level
											// variable is simply not written
			}
			return;
		}
		Object stored = present ? values.value(field, value, path, label, scope) : SubmissionProblems.INVALID;
		if (present && stored != SubmissionProblems.INVALID) {
			out.put(name, stored);
		}
		if (enforceRequired && (!present || stored != SubmissionProblems.INVALID)
				&& conditions.required(component, scope)) {
			boolean checkbox = component.type().equals("checkbox");
			if (Values.isMissing(present ? value : nowValue, checkbox)) {
				problems.problem(path, checkbox ? "forms.field.mustBeChecked" : "forms.field.required", label);
			}
		}
	}

	private void repeat(Repeat repeat, boolean present, Object value, Object nowValue, String path, String rowLabel,
			ConditionScope scope, boolean protectedAbove, boolean top, Map<String, Object> out, String name) {
		Component component = repeat.component();
		String label = component.label() + rowLabel;
		if (!present || conditions.hidden(repeat.containers(), component, scope)) {
			return; // a list that is not sent keeps its rows; a hidden one is dropped
		}
		boolean isProtected = protectedAbove || conditions.isProtected(repeat.containers(), component, scope);
		List<?> nowList = nowValue instanceof List<?> list ? list : null;
		if (value == null) {
			if (isProtected && !Values.same(null, nowValue)) {
				problems.problem(path, "forms.field.readonly", label);
			}
			else if (!isProtected) {
				out.put(name, null);
			}
			return;
		}
		if (!(value instanceof List<?> list)) {
			problems.problem(path, "forms.field.notList", label);
			return;
		}
		if (list.size() > MAX_ITEMS) {
			problems.problem(path, "forms.field.tooManyItems", label, MAX_ITEMS);
			return;
		}
		if (nowList != null && list.size() != nowList.size()) {
			if (isProtected) {
				problems.problem(path, "forms.field.readonly", label);
			}
			else if (!component.json().path("allowAddRemove").asBoolean(false)) {
				problems.problem(path, "forms.field.fixedRows", label, nowList.size());
			}
		}
		List<Object> rows = new ArrayList<>(list.size());
		for (int i = 0; i < list.size(); i++) {
			String rowPath = path + "[" + i + "]";
			String thisRowLabel = rowLabel + " #" + (i + 1);
			if (!(list.get(i) instanceof Map<?, ?> item)) {
				problems.problem(rowPath, "forms.field.notGroup", label + " #" + (i + 1));
				continue;
			}
			if (item.size() > MAX_KEYS) {
				problems.problem(rowPath, "forms.field.tooManyFields", label + " #" + (i + 1), MAX_KEYS);
				continue;
			}
			Map<String, Object> row = stringKeys(item);
			Map<String, Object> nowRow = nowList != null && i < nowList.size()
					&& nowList.get(i) instanceof Map<?, ?> nowItem ? stringKeys(nowItem) : null;
			Map<String, Object> rowData = new HashMap<>(nowRow == null ? Map.of() : nowRow);
			rowData.putAll(trusted(repeat.row(), row, nowRow));
			ConditionScope rowScope = scope.row(rowData, nowRow == null ? Map.of() : nowRow, i);
			rows.add(walk(repeat.row(), row, nowRow, rowPath, thisRowLabel, rowScope, isProtected, false));
		}
		if (top && (isProtected || !repeat.writable())) {
			return; // nothing in it may change: the variable is left as it is
		}
		out.put(name, rows);
	}

	private void object(Obj obj, boolean present, Object value, Object nowValue, String path, String rowLabel,
			ConditionScope scope, boolean protectedAbove, boolean top, Map<String, Object> out, String name) {
		Map<String, Object> nowMap = nowValue instanceof Map<?, ?> map ? stringKeys(map) : null;
		if (!present) {
			walk(obj, null, nowMap, path, rowLabel, scope, protectedAbove, false); // required
																					// fields
																					// inside
			return;
		}
		if (!(value instanceof Map<?, ?> map)) {
			problems.problem(path, "forms.field.notGroup", path);
			return;
		}
		if (map.size() > MAX_KEYS) {
			problems.problem(path, "forms.field.tooManyFields", path, MAX_KEYS);
			return;
		}
		Map<String, Object> inner = walk(obj, stringKeys(map), nowMap, path, rowLabel, scope, protectedAbove, false);
		if (top && !obj.writable()) {
			return;
		}
		if (!inner.isEmpty() || map.isEmpty()) {
			out.put(name, inner);
		}
	}

	/**
	 * The submission as conditions and computed fields may see it: what the client cannot
	 * change (read-only, disabled and computed fields) and keys the form does not know
	 * are taken from the current variables, so that a value that will be refused or
	 * dropped anyway cannot hide a required field on its way out.
	 */
	private static Map<String, Object> trusted(Obj node, Map<String, Object> sub, Map<String, Object> now) {
		Map<String, Object> trusted = new HashMap<>();
		for (Map.Entry<String, Object> entry : sub.entrySet()) {
			String name = entry.getKey();
			Node member = node.members.get(name);
			Object value = entry.getValue();
			Object nowValue = now == null ? null : now.get(name);
			if (member instanceof Field field) {
				boolean fixed = field.computed() || field.component().alwaysProtected()
						|| field.containers().stream().anyMatch(Component::alwaysProtected);
				if (!fixed) {
					trusted.put(name, value);
				}
				else if (now != null && now.containsKey(name)) {
					trusted.put(name, nowValue);
				}
			}
			else if (member instanceof Obj obj && value instanceof Map<?, ?> map) {
				trusted.put(name, trusted(obj, stringKeys(map),
						nowValue instanceof Map<?, ?> nowMap ? stringKeys(nowMap) : null));
			}
			else if (member instanceof Repeat repeat && value instanceof List<?> list && list.size() <= MAX_ITEMS) {
				List<?> nowList = nowValue instanceof List<?> l ? l : List.of();
				List<Object> rows = new ArrayList<>(list.size());
				for (int i = 0; i < list.size(); i++) {
					Map<String, Object> nowRow = i < nowList.size() && nowList.get(i) instanceof Map<?, ?> m
							? stringKeys(m) : null;
					rows.add(list.get(i) instanceof Map<?, ?> row ? trusted(repeat.row(), stringKeys(row), nowRow)
							: list.get(i));
				}
				trusted.put(name, rows);
			}
			else if (member != null) {
				trusted.put(name, value);
			}
		}
		return trusted;
	}

	// ---- helpers
	// -------------------------------------------------------------------------------

	private static Map<String, Object> stringKeys(Map<?, ?> map) {
		Map<String, Object> copy = new LinkedHashMap<>();
		map.forEach((key, value) -> copy.put(String.valueOf(key), value));
		return copy;
	}

	private static String join(String path, String name) {
		return path.isEmpty() ? name : path + "." + name;
	}

}
