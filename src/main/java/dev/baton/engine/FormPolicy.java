package dev.baton.engine;

import dev.baton.engine.PolicyXml.Node;

/**
 * Forms: Baton's forms are form-js schemas linked with {@code camunda:formRef} and
 * validated on the server. Generated forms ({@code camunda:formData},
 * {@code camunda:formProperty}) can name validator classes and are refused; so is
 * {@code camunda:formKey} (embedded HTML and JavaScript), as an attribute in
 * {@link CamundaAttributePolicy}.
 */
final class FormPolicy {

	private FormPolicy() {
	}

	static void refuseGeneratedForm(Node node, PolicyFindings findings) {
		findings.add(PolicyRule.FORM_GENERATED, node);
	}

}
