package dev.baton.modeling;

import java.io.ByteArrayInputStream;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * Turns a BPMN file and a form catalog into a {@link ProcessBundle}: the model plus every
 * form it references.
 */
final class ModelFiles {

	private ModelFiles() {
	}

	static ProcessBundle bundle(String bpmnFileName, byte[] bpmn, FormCatalog catalog) {
		BpmnModelInstance model;
		try {
			model = Bpmn.readModelFromStream(new ByteArrayInputStream(bpmn));
		}
		catch (RuntimeException e) {
			throw new ModelFileException("Process " + bpmnFileName + " is not valid BPMN: " + e.getMessage());
		}
		Process process = executableProcess(bpmnFileName, model);
		Map<String, byte[]> forms = new LinkedHashMap<>();
		for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
			String formRef = formRefOf(element);
			if (formRef == null) {
				continue;
			}
			FormCatalog.FormFile form = catalog.find(formRef)
				.orElseThrow(() -> new ModelFileException("Process " + bpmnFileName + ": element '" + element.getId()
						+ "' references form '" + formRef + "', but no file in forms/ has that id"));
			forms.put(form.resourceName(), form.json());
		}
		return new ProcessBundle(process.getId(), bpmnFileName, bpmn, forms);
	}

	private static Process executableProcess(String bpmnFileName, BpmnModelInstance model) {
		Collection<Process> processes = model.getModelElementsByType(Process.class);
		return processes.stream()
			.filter(Process::isExecutable)
			.findFirst()
			.orElseThrow(() -> new ModelFileException("Process " + bpmnFileName + " has no executable process"));
	}

	private static String formRefOf(FlowElement element) {
		if (element instanceof StartEvent start) {
			return start.getCamundaFormRef();
		}
		if (element instanceof UserTask task) {
			return task.getCamundaFormRef();
		}
		return null;
	}

}
