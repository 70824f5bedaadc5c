package dev.baton.modeling;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * The names people see for a process version and its steps, in Chinese and English: the BPMN
 * {@code name} is the Chinese one, the camunda property {@code baton.name.en} the English one
 * (see processes/README.md). A deployed version never changes, so answers are cached per version.
 */
@Component
public class ProcessNames {

    static final String ENGLISH_NAME = "baton.name.en";

    private final RepositoryService repositoryService;
    private final Map<String, Names> cache = new ConcurrentHashMap<>();

    ProcessNames(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    public record Name(String zh, String en) {
    }

    private record Names(Name process, Name description, Map<String, Name> elements) {
    }

    public Name process(String processDefinitionId) {
        return names(processDefinitionId).process();
    }

    public Name description(String processDefinitionId) {
        return names(processDefinitionId).description();
    }

    /** The name of a step (any flow element) of that version; the id itself if it has none. */
    public Name step(String processDefinitionId, String elementId) {
        return names(processDefinitionId).elements().getOrDefault(elementId, new Name(elementId, elementId));
    }

    private Names names(String processDefinitionId) {
        return cache.computeIfAbsent(processDefinitionId, this::read);
    }

    private Names read(String processDefinitionId) {
        BpmnModelInstance model = repositoryService.getBpmnModelInstance(processDefinitionId);
        String key = repositoryService.getProcessDefinition(processDefinitionId).getKey();
        org.camunda.bpm.model.bpmn.instance.Process process = model.getModelElementById(key);
        Map<String, Name> elements = new ConcurrentHashMap<>();
        for (org.camunda.bpm.model.bpmn.instance.FlowElement element
                : model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.FlowElement.class)) {
            elements.put(element.getId(), nameOf(element, element.getName()));
        }
        String documentation = process.getDocumentations().stream().map(Documentation::getTextContent)
                .filter(text -> text != null && !text.isBlank()).findFirst().orElse(null);
        return new Names(nameOf(process, process.getName()), new Name(documentation, documentation), elements);
    }

    private static Name nameOf(BaseElement element, String name) {
        String zh = name == null || name.isBlank() ? element.getId() : name;
        String en = zh;
        if (element.getExtensionElements() != null) {
            for (CamundaProperties properties : element.getExtensionElements().getElementsQuery()
                    .filterByType(CamundaProperties.class).list()) {
                for (CamundaProperty property : properties.getCamundaProperties()) {
                    if (ENGLISH_NAME.equals(property.getCamundaName()) && property.getCamundaValue() != null) {
                        en = property.getCamundaValue();
                    }
                }
            }
        }
        return new Name(zh, en);
    }
}
