package dev.baton.processes;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What every test of a shipped process starts from: the application's engine,
 * camunda-bpm-assert bound to it for each test, and a {@link ShippedProcessDriver} on it.
 */
abstract class ShippedProcessFixture {

	@Autowired
	protected ProcessEngine processEngine;

	protected ShippedProcessDriver driver;

	@BeforeEach
	void initAssertions() {
		BpmnAwareTests.init(processEngine);
		driver = new ShippedProcessDriver(processEngine);
	}

	@AfterEach
	void resetAssertions() {
		BpmnAwareTests.reset();
	}

}
