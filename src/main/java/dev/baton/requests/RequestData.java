package dev.baton.requests;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.baton.engine.PlainVariables;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * A request's form data: the process-level variables of its instance from history (so
 * ended requests show it too), without Baton's own variables, as plain JSON values.
 * Values the engine keeps as JSON (lists, objects) are parsed as JSON, never deserialized
 * into Java classes; values that are not JSON (files, Java objects) are left out.
 */
@Component
class RequestData {

	private final HistoryService historyService;

	RequestData(HistoryService historyService) {
		this.historyService = historyService;
	}

	Map<String, Object> of(String processInstanceId) {
		Map<String, Object> data = new LinkedHashMap<>();
		for (HistoricVariableInstance variable : historyService.createHistoricVariableInstanceQuery()
			.processInstanceId(processInstanceId)
			.disableBinaryFetching()
			.disableCustomObjectDeserialization()
			.orderByVariableName()
			.asc()
			.list()) {
			if (processInstanceId.equals(variable.getExecutionId())
					&& !HistoricVariableInstance.STATE_DELETED.equals(variable.getState())) {
				PlainVariables.put(data, variable.getName(), variable.getTypedValue());
			}
		}
		return data;
	}

}
