package dev.baton.modeling;

import java.util.Map;

/**
 * One process model with the forms it references, ready to become one Camunda deployment.
 *
 * @param name deployment name; Baton uses the process key so versions line up per process
 * @param bpmnResource resource name of the BPMN inside the deployment, e.g.
 * {@code purchase-request.bpmn}
 * @param bpmn the BPMN XML
 * @param forms form-js JSON by resource name, e.g. {@code purchase-request-start.form}
 */
public record ProcessBundle(String name, String bpmnResource, byte[] bpmn, Map<String, byte[]> forms) {

	public ProcessBundle {
		forms = Map.copyOf(forms);
	}
}
