package dev.baton.engine;

import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.impl.bpmn.deployer.BpmnDeployer;
import org.camunda.bpm.engine.impl.cmmn.deployer.CmmnDeployer;
import org.camunda.bpm.engine.impl.dmn.deployer.DecisionDefinitionDeployer;
import org.camunda.bpm.engine.impl.form.deployer.CamundaFormDefinitionDeployer;

/**
 * Which kind of model the engine would make of a deployment resource, decided by the
 * engine's own rule: its deployers take every resource whose name <em>ends</em> with one
 * of their suffixes, with or without a dot ({@code x.bpmn}, {@code x_bpmn},
 * {@code xbpmn20.xml} are all BPMN to the engine). The suffixes are read from the
 * deployers themselves, so a new engine version cannot widen them unnoticed. The engine
 * compares case-sensitively; Baton compares in any letter case, which judges more
 * resources than the engine parses, never fewer.
 */
enum ModelResources {

	BPMN(BpmnDeployer.BPMN_RESOURCE_SUFFIXES), DMN(DecisionDefinitionDeployer.DMN_RESOURCE_SUFFIXES),
	/** Parsed only when CMMN is enabled, which Baton never does; refused anyway. */
	CMMN(CmmnDeployer.CMMN_RESOURCE_SUFFIXES), FORM(CamundaFormDefinitionDeployer.FORM_RESOURCE_SUFFIXES),
	/** Stored with the deployment, never parsed by any deployer. */
	OTHER(new String[0]);

	private final List<String> suffixes;

	ModelResources(String[] suffixes) {
		this.suffixes = List.of(suffixes).stream().map(suffix -> suffix.toLowerCase(Locale.ROOT)).toList();
	}

	/** The kind of model the engine would parse a resource of this name as. */
	static ModelResources of(String resourceName) {
		String name = resourceName == null ? "" : resourceName.toLowerCase(Locale.ROOT);
		for (ModelResources kind : values()) {
			if (kind.suffixes.stream().anyMatch(name::endsWith)) {
				return kind;
			}
		}
		return OTHER;
	}

}
