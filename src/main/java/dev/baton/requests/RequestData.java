package dev.baton.requests;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.engine.ApprovalVariables;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * A request's form data: the process-level variables of its instance from history (so ended
 * requests show it too), without Baton's own variables, as plain JSON values. Values the engine
 * keeps as JSON (lists, objects) are parsed as JSON, never deserialized into Java classes; values
 * that are not JSON (files, Java objects) are left out.
 */
@Component
class RequestData {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Object NOT_PLAIN = new Object();

    private final HistoryService historyService;

    RequestData(HistoryService historyService) {
        this.historyService = historyService;
    }

    Map<String, Object> of(String processInstanceId) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (HistoricVariableInstance variable : historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId).disableBinaryFetching().disableCustomObjectDeserialization()
                .orderByVariableName().asc().list()) {
            if (!processInstanceId.equals(variable.getExecutionId()) || ApprovalVariables.isReserved(variable.getName())
                    || HistoricVariableInstance.STATE_DELETED.equals(variable.getState())) {
                continue;
            }
            Object value = plain(variable.getTypedValue());
            if (value != NOT_PLAIN) {
                data.put(variable.getName(), value);
            }
        }
        return data;
    }

    private static Object plain(TypedValue value) {
        if (value == null) {
            return null;
        }
        if (value instanceof SerializableValue serializable) {
            String format = serializable instanceof ObjectValue object ? object.getSerializationDataFormat() : "application/json";
            if (!"application/json".equals(format) || serializable.getValueSerialized() == null) {
                return NOT_PLAIN;
            }
            try {
                return JSON.readTree(serializable.getValueSerialized());
            } catch (JsonProcessingException notJson) {
                return NOT_PLAIN;
            }
        }
        Object raw = value.getValue();
        if (raw instanceof Date date) {
            return date.toInstant().toString();
        }
        if (raw == null || raw instanceof String || raw instanceof Number || raw instanceof Boolean) {
            return raw;
        }
        return NOT_PLAIN;
    }
}
