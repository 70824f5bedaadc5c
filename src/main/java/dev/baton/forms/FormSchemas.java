package dev.baton.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.stereotype.Component;

/** The form-js schemas deployed with a process version. */
@Component
public class FormSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FormService formService;

    FormSchemas(FormService formService) {
        this.formService = formService;
    }

    /** The start form of a process version, if its start event references one. */
    public Optional<JsonNode> startForm(String processDefinitionId) {
        InputStream form;
        try {
            form = formService.getDeployedStartForm(processDefinitionId);
        } catch (ProcessEngineException noForm) {
            // no form key/ref on the start event, or the referenced form is not deployed
            return Optional.empty();
        }
        if (form == null) {
            return Optional.empty();
        }
        try (form) {
            return Optional.of(JSON.readTree(form));
        } catch (IOException e) {
            throw new UncheckedIOException("Start form of " + processDefinitionId + " is not readable JSON", e);
        }
    }
}
