package dev.baton.engine;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.impl.AbstractDefinitionDeployer;
import org.camunda.bpm.engine.impl.bpmn.deployer.BpmnDeployer;
import org.camunda.bpm.engine.impl.cmmn.deployer.CmmnDeployer;
import org.camunda.bpm.engine.impl.dmn.deployer.DecisionDefinitionDeployer;
import org.camunda.bpm.engine.impl.dmn.deployer.DecisionRequirementsDefinitionDeployer;
import org.camunda.bpm.engine.impl.form.deployer.CamundaFormDefinitionDeployer;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The policy judges every resource the engine would parse, whatever it is called: the
 * engine's deployers go by the end of the name, with or without a dot.
 */
class SafetyPolicyResourceNamesTest {

	/** Names the engine's BPMN deployer parses, and variants in other letter cases. */
	static final List<String> BPMN_NAMES = List.of("x.bpmn", "x_bpmn", "xbpmn", "bpmn", "x.bpmn20.xml", "x_bpmn20.xml",
			"x.BPMN", "x_Bpmn", "x.BPMN20.XML", "folder/sub/x.bpmn");

	/** Names the engine's DMN deployers parse, and variants in other letter cases. */
	static final List<String> DMN_NAMES = List.of("d.dmn", "d_dmn", "ddmn", "d.dmn11.xml", "d_dmn11.xml", "d.DMN");

	static final List<String> CMMN_NAMES = List.of("c.cmmn", "c_cmmn", "c.cmmn10.xml", "c.cmmn11.xml", "c.CMMN");

	/** Names no deployer parses as a model. */
	static final List<String> INERT_NAMES = List.of("x.bpmn.txt", "x.bpmn ", "x.bpm", "notes.xml", "x.png",
			"x.bpmn.form");

	private final ModelPolicy policy = new ModelPolicy(Set.of());

	@Test
	void theEnginesDeployersAndThePolicyAgreeOnEveryNameTheEngineParses() {
		// given the engine's own deployers, asked whether they would parse a resource
		List<String> names = new java.util.ArrayList<>();
		names.addAll(BPMN_NAMES);
		names.addAll(DMN_NAMES);
		names.addAll(CMMN_NAMES);
		names.addAll(INERT_NAMES);
		names.addAll(List.of("f.form", "f_form", "ebpmn20.xml", "edmn11.xml"));
		for (String name : names) {
			// then every name one of them parses is judged by the policy as that kind
			if (EngineDeployers.bpmn(name)) {
				assertThat(ModelResources.of(name)).as(name).isEqualTo(ModelResources.BPMN);
			}
			if (EngineDeployers.dmn(name)) {
				assertThat(ModelResources.of(name)).as(name).isEqualTo(ModelResources.DMN);
			}
			if (EngineDeployers.cmmn(name)) {
				assertThat(ModelResources.of(name)).as(name).isEqualTo(ModelResources.CMMN);
			}
			if (EngineDeployers.form(name)) {
				assertThat(ModelResources.of(name)).as(name).isEqualTo(ModelResources.FORM);
			}
		}
		// and the engine really parses the names without a dot (the reason for all this)
		assertThat(EngineDeployers.bpmn("x_bpmn")).isTrue();
		assertThat(EngineDeployers.dmn("d_dmn")).isTrue();
		assertThat(INERT_NAMES).noneMatch(EngineDeployers::bpmn).noneMatch(EngineDeployers::dmn);
		// while Baton's own names are what they say
		assertThat(INERT_NAMES).allSatisfy(
				name -> assertThat(ModelResources.of(name)).as(name).isIn(ModelResources.OTHER, ModelResources.FORM));
	}

	@ParameterizedTest
	@ValueSource(strings = { "x.bpmn", "x_bpmn", "xbpmn", "bpmn", "x.bpmn20.xml", "x_bpmn20.xml", "x.BPMN", "x_Bpmn",
			"x.BPMN20.XML", "folder/sub/x.bpmn" })
	void aHostileBpmnModelIsRefusedWhateverItIsCalled(String name) {
		// given a model whose listener calls the engine through ${execution...}
		Map<String, byte[]> files = Map.of(name, HostileModels.executionExpression("named").getBytes(UTF_8));
		// when the policy judges the deployment, then the listener is refused
		assertThat(policy.check(files))
			.extracting(PolicyViolation::resource, PolicyViolation::elementId, PolicyViolation::rule)
			.containsExactly(tuple(name, "Task_Evil", "code.expression"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "d.dmn", "d_dmn", "ddmn", "d.dmn11.xml", "d_dmn11.xml", "d.DMN" })
	void aDecisionInJuelIsRefusedWhateverItIsCalled(String name) {
		Map<String, byte[]> files = Map.of(name, HostileModels.juelDecision().getBytes(UTF_8));
		assertThat(policy.check(files))
			.extracting(PolicyViolation::resource, PolicyViolation::elementId, PolicyViolation::rule)
			.containsExactly(tuple(name, "discount", "dmn.expressionLanguage"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "c.cmmn", "c_cmmn", "c.cmmn10.xml", "c.cmmn11.xml", "c.CMMN" })
	void aCaseModelIsRefusedWhateverItIsCalled(String name) {
		assertThat(policy.check(Map.of(name, "<definitions/>".getBytes(UTF_8))))
			.extracting(PolicyViolation::resource, PolicyViolation::rule)
			.containsExactly(tuple(name, "resource.unsupported"));
	}

	@Test
	void filesNoDeployerParsesAreNotJudged() {
		// given files that are no models to the engine, with content that would break
		// the policy in one
		for (String name : INERT_NAMES) {
			assertThat(policy.check(Map.of(name, HostileModels.executionExpression("inert").getBytes(UTF_8)))).as(name)
				.isEmpty();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "feel", "FEEL", "Feel", "http://www.omg.org/spec/FEEL/20140401",
			"https://www.omg.org/spec/DMN/20191111/FEEL/", "https://www.omg.org/spec/DMN/20230324/FEEL/" })
	void decisionsInFeelAsTheEngineNamesItPass(String language) {
		String decision = HostileModels.decision(" expressionLanguage=\"" + language + "\"");
		assertThat(policy.check(Map.of("d.dmn", decision.getBytes(UTF_8)))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "juel", "JUEL", "javascript", "groovy", "python", "feel-juel", "not-feel", " feel",
			"https://www.omg.org/spec/DMN/20191111/feel/" })
	void decisionsInAnyOtherLanguageAreRefusedEvenIfTheNameLooksLikeFeel(String language) {
		String decision = HostileModels.decision(" expressionLanguage=\"" + language + "\"");
		assertThat(policy.check(Map.of("d.dmn", decision.getBytes(UTF_8)))).extracting(PolicyViolation::rule)
			.containsExactly("dmn.expressionLanguage");
	}

	@Test
	void aJuelLanguageForTheWholeDecisionModelIsRefusedToo() {
		// given a DMN whose definitions make JUEL the language of every expression
		String decision = HostileModels.decision("")
			.replace("<definitions ", "<definitions expressionLanguage=\"juel\" ");
		assertThat(policy.check(Map.of("d.dmn", decision.getBytes(UTF_8)))).extracting(PolicyViolation::rule)
			.containsExactly("dmn.expressionLanguage");
	}

	/** The engine's own deployers, asked through their resource filter. */
	static final class EngineDeployers {

		private EngineDeployers() {
		}

		static boolean bpmn(String name) {
			return handles(new BpmnDeployer(), name);
		}

		static boolean dmn(String name) {
			return handles(new DecisionDefinitionDeployer(), name)
					|| handles(new DecisionRequirementsDefinitionDeployer(), name);
		}

		static boolean cmmn(String name) {
			return handles(new CmmnDeployer(), name);
		}

		static boolean form(String name) {
			return handles(new CamundaFormDefinitionDeployer(), name);
		}

		/** The deployer's own (protected) resource filter. */
		private static boolean handles(AbstractDefinitionDeployer<?> deployer, String name) {
			ResourceEntity resource = new ResourceEntity();
			resource.setName(name);
			try {
				java.lang.reflect.Method filter = AbstractDefinitionDeployer.class
					.getDeclaredMethod("isResourceHandled", ResourceEntity.class);
				filter.setAccessible(true);
				return (boolean) filter.invoke(deployer, resource);
			}
			catch (ReflectiveOperationException e) {
				throw new IllegalStateException(e);
			}
		}

	}

}
