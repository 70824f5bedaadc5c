package dev.baton.forms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Data seen by conditions: the row (or the whole data) as {@code this}, plus every
 * top-level variable, like form-js. The data is seen as it would be with the submission,
 * or as it is now, without it.
 */
final class ConditionScope {

	/** The whole data as it would be with the submission, and as it is without it. */
	private final Map<String, Object> merged;

	private final Map<String, Object> current;

	private final Map<String, Object> self;

	private final Map<String, Object> selfNow;

	private final ConditionScope parent;

	private final List<Integer> indexes;

	private ConditionScope(Map<String, Object> merged, Map<String, Object> current, Map<String, Object> self,
			Map<String, Object> selfNow, ConditionScope parent, List<Integer> indexes) {
		this.merged = merged;
		this.current = current;
		this.self = self;
		this.selfNow = selfNow;
		this.parent = parent;
		this.indexes = indexes;
	}

	/** The top level: {@code this} is the whole data. */
	static ConditionScope root(Map<String, Object> merged, Map<String, Object> current) {
		return new ConditionScope(merged, current, merged, current, null, List.of());
	}

	/** The same place with other data as {@code this} (what computed fields see). */
	ConditionScope withThis(Map<String, Object> data, Map<String, Object> dataNow) {
		return new ConditionScope(merged, current, data, dataNow, parent, indexes);
	}

	/** One row of a list below this place, {@code index} counting from 0. */
	ConditionScope row(Map<String, Object> rowData, Map<String, Object> rowNow, int index) {
		List<Integer> rowIndexes = new ArrayList<>(indexes);
		rowIndexes.add(index + 1);
		return new ConditionScope(merged, current, rowData, rowNow, this, List.copyOf(rowIndexes));
	}

	/**
	 * @param now the variables as they are, without the submission
	 */
	Map<String, Object> context(boolean now) {
		Map<String, Object> thisData = now ? selfNow : self;
		Map<String, Object> parentData = parent == null ? null : now ? parent.selfNow : parent.self;
		Map<String, Object> context = new HashMap<>();
		context.put("this", thisData);
		context.put("parent", parentData);
		context.put("i", indexes);
		context.putAll(now ? current : merged);
		context.put("_this_", thisData);
		context.put("_parent_", parentData);
		context.put("_i_", indexes);
		return context;
	}

}
