package dev.baton.engine;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import dev.baton.modeling.ProcessBundle;
import dev.baton.modeling.ProcessPublisher;
import dev.baton.support.BatonTest;
import dev.baton.support.Http;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A hostile model is refused on every way into the engine, whatever its file is called,
 * and leaves nothing deployed: Camunda Modeler's {@code /engine-rest/deployment/create},
 * the shipped-process deployer and Baton's own publish (see also {@code ModelingApiTest},
 * whose files Baton names itself).
 */
@BatonTest
class SafetyPolicyDeploymentPathsTest {

	@LocalServerPort
	int port;

	@Autowired
	RepositoryService repository;

	@Autowired
	ProcessPublisher publisher;

	@Autowired
	ProcessEngine engine;

	Http http;

	@BeforeEach
	void connect() {
		http = new Http(port);
	}

	@Test
	void camundaModelerCannotDeployAHostileProcessUnderAnyName() {
		for (String name : SafetyPolicyResourceNamesTest.BPMN_NAMES) {
			// given a process that would call the engine from an expression, in a file
			// named so that the engine parses it as BPMN
			String key = key();
			Counts before = counts();
			// when a designer deploys it the way Camunda Modeler does
			HttpResponse<String> response = http.send(EngineRestDeployments.create(http, "designer", key,
					Map.of(name, HostileModels.executionExpression(key))));
			// then it is refused naming the element and the rule, and nothing is deployed
			assertThat(response.statusCode()).as(name + ": " + response.body()).isEqualTo(400);
			assertThat(response.body()).as(name).contains("Task_Evil", "code.expression");
			assertThat(counts()).as(name).isEqualTo(before);
			assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
		}
	}

	@Test
	void camundaModelerCannotDeployADecisionInJuelUnderAnyName() {
		for (String name : SafetyPolicyResourceNamesTest.DMN_NAMES) {
			Counts before = counts();
			HttpResponse<String> response = http.send(
					EngineRestDeployments.create(http, "designer", key(), Map.of(name, HostileModels.juelDecision())));
			assertThat(response.statusCode()).as(name + ": " + response.body()).isEqualTo(400);
			assertThat(response.body()).as(name).contains("discount", "dmn.expressionLanguage");
			assertThat(counts()).as(name).isEqualTo(before);
		}
	}

	@Test
	void aHostileFileHiddenNextToAHarmlessModelSpoilsTheWholeDeployment() {
		// given a harmless model with a hostile one beside it under a name without a dot
		String key = key();
		Counts before = counts();
		HttpResponse<String> response = http
			.send(EngineRestDeployments.create(http, "designer", key, Map.of(key + ".bpmn", HostileModels.harmless(key),
					"attachment_bpmn", HostileModels.executionExpression(key + "-hidden"))));
		// then neither is deployed
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.body()).contains("attachment_bpmn", "Task_Evil");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void filesNoDeployerReadsStillDeployWithASafeModel() {
		// given a safe model with a text file and a picture beside it
		String key = key();
		HttpResponse<String> response = http.send(EngineRestDeployments.create(http, "designer", key,
				Map.of(key + ".bpmn", HostileModels.harmless(key), "readme.bpmn.txt", "how this process works")));
		// then it is deployed: the policy judges what the engine parses, not every file
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).isEqualTo(1);
	}

	@Test
	void theShippedProcessDeployerCannotDeployAHostileProcessUnderAnyName() {
		for (String name : SafetyPolicyResourceNamesTest.BPMN_NAMES) {
			// given a hostile file published the way the shipped processes are at startup
			String key = key();
			Counts before = counts();
			ProcessBundle bundle = new ProcessBundle(key, name, HostileModels.executionExpression(key).getBytes(UTF_8),
					Map.of());
			// when it is published, then the engine refuses it and nothing is deployed
			assertThatThrownBy(() -> publisher.publish(bundle)).as(name)
				.isInstanceOf(SafetyPolicyException.class)
				.satisfies(refusal -> assertThat(((SafetyPolicyException) refusal).violations())
					.extracting(PolicyViolation::resource, PolicyViolation::elementId, PolicyViolation::rule)
					.containsExactly(org.assertj.core.api.Assertions.tuple(name, "Task_Evil", "code.expression")));
			assertThat(counts()).as(name).isEqualTo(before);
		}
	}

	@Test
	void theDeployedFilesOfAModelStoredWithCallsAcrossFilesStillLoadAfterARestart() {
		// given a deployment of two processes in two files, one calling the other
		String caller = key();
		String callee = key();
		String callingModel = HostileModels.harmless(caller)
			.replace("<bpmn:userTask id=\"Task_Approve\" name=\"审批\" camunda:assignee=\"${initiator}\" />",
					"<bpmn:callActivity id=\"Task_Approve\" calledElement=\"" + callee + "\" />");
		String deploymentId = repository.createDeployment()
			.name(caller)
			.addString(caller + ".bpmn", callingModel)
			.addString(callee + ".bpmn", HostileModels.harmless(callee))
			.deploy()
			.getId();
		String callerId = repository.createProcessDefinitionQuery()
			.deploymentId(deploymentId)
			.processDefinitionKey(caller)
			.singleResult()
			.getId();
		// when the engine forgets its cache (as after a restart) and loads the calling
		// process again, from its file alone
		((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDeploymentCache()
			.discardProcessDefinitionCache();
		// then the policy still knows the called process is part of the same deployment
		assertThat(repository.getProcessDefinition(callerId).getKey()).isEqualTo(caller);
	}

	private Counts counts() {
		return new Counts(repository.createDeploymentQuery().count(), repository.createProcessDefinitionQuery().count(),
				repository.createDecisionDefinitionQuery().count(),
				repository.createDecisionRequirementsDefinitionQuery().count());
	}

	private static String key() {
		return "hostile-" + UUID.randomUUID().toString().substring(0, 8);
	}

	record Counts(long deployments, long processes, long decisions, long decisionRequirements) {
	}

}
