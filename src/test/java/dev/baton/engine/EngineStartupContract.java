package dev.baton.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.baton.modeling.ProcessBundle;
import dev.baton.modeling.ProcessPublisher;
import dev.baton.support.BatonInstance;
import dev.baton.support.TestDatabase;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What must hold for Baton's engine on every supported database: it starts, publishes
 * every shipped process with its forms, and a restart against the same database publishes
 * nothing new. Subclasses choose the database.
 */
abstract class EngineStartupContract {

	private static final Path PROCESSES = Path.of("processes");

	private TestDatabase database;

	protected abstract TestDatabase createDatabase();

	@BeforeEach
	void createFreshDatabase() {
		database = createDatabase();
	}

	@AfterEach
	void dropDatabase() {
		database.close();
	}

	@Test
	void startsHealthyWithEveryShippedProcessAndItsFormsDeployed() throws IOException {
		// given a fresh, empty database
		// when Baton starts on it
		try (ConfigurableApplicationContext baton = BatonInstance.start(database)) {
			// then it is healthy and every BPMN file in processes/ is a deployed process
			// definition
			assertThat(baton.getBean(HealthEndpoint.class).health().getStatus()).isEqualTo(Status.UP);
			RepositoryService repository = baton.getBean(RepositoryService.class);
			List<String> shippedKeys = shippedProcessKeys();
			assertThat(shippedKeys).contains("purchase-request", "leave-request", "project-handoff");
			for (String key : shippedKeys) {
				ProcessDefinition definition = repository.createProcessDefinitionQuery()
					.processDefinitionKey(key)
					.latestVersion()
					.singleResult();
				assertThat(definition).as("deployed process %s", key).isNotNull();
				assertThat(definition.getVersion()).isEqualTo(1);
				// and its deployment also holds the forms the process references
				List<String> resources = repository.getDeploymentResourceNames(definition.getDeploymentId());
				assertThat(resources).as("resources of %s", key).anyMatch(name -> name.endsWith(".form"));
			}
		}
	}

	@Test
	void restartAgainstTheSameDatabaseDeploysNothingNew() {
		// given Baton has run once on this database
		long deploymentsAfterFirstStart;
		try (ConfigurableApplicationContext baton = BatonInstance.start(database)) {
			deploymentsAfterFirstStart = baton.getBean(RepositoryService.class).createDeploymentQuery().count();
		}
		// when it starts again on the same database
		try (ConfigurableApplicationContext baton = BatonInstance.start(database)) {
			// then no deployment was added and every process is still at version 1
			RepositoryService repository = baton.getBean(RepositoryService.class);
			assertThat(repository.createDeploymentQuery().count()).isEqualTo(deploymentsAfterFirstStart);
			assertThat(repository.createProcessDefinitionQuery().list()).extracting(ProcessDefinition::getVersion)
				.containsOnly(1);
		}
	}

	@Test
	void changedModelIsPublishedAsExactlyOneNewVersion() {
		try (ConfigurableApplicationContext baton = BatonInstance.start(database)) {
			// given a process published once
			ProcessPublisher publisher = baton.getBean(ProcessPublisher.class);
			assertThat(publisher.publish(tinyProcess("Check")).newVersion()).isTrue();
			// when the same model is published again unchanged
			boolean unchangedMadeVersion = publisher.publish(tinyProcess("Check")).newVersion();
			// and then once with a change
			boolean changedMadeVersion = publisher.publish(tinyProcess("Check again")).newVersion();
			// then only the change made a version
			assertThat(unchangedMadeVersion).isFalse();
			assertThat(changedMadeVersion).isTrue();
			assertThat(baton.getBean(RepositoryService.class)
				.createProcessDefinitionQuery()
				.processDefinitionKey("tiny")
				.count()).isEqualTo(2);
		}
	}

	private static ProcessBundle tinyProcess(String taskName) {
		String xml = """
				<?xml version="1.0" encoding="UTF-8"?>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
				    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Tiny" targetNamespace="http://baton.dev/test">
				  <bpmn:process id="tiny" isExecutable="true" camunda:historyTimeToLive="P30D">
				    <bpmn:startEvent id="StartEvent_Tiny"/>
				    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_Tiny" targetRef="Task_Check"/>
				    <bpmn:userTask id="Task_Check" name="%s"/>
				    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Check" targetRef="EndEvent_Tiny"/>
				    <bpmn:endEvent id="EndEvent_Tiny"/>
				  </bpmn:process>
				</bpmn:definitions>
				"""
			.formatted(taskName);
		return new ProcessBundle("tiny", "tiny.bpmn", xml.getBytes(StandardCharsets.UTF_8), Map.of());
	}

	private static List<String> shippedProcessKeys() throws IOException {
		try (Stream<Path> files = Files.list(PROCESSES)) {
			return files.filter(file -> file.toString().endsWith(".bpmn"))
				.map(file -> Bpmn.readModelFromFile(file.toFile())
					.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)
					.iterator()
					.next()
					.getId())
				.toList();
		}
	}

}
