package dev.baton.modeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A version the catalogue cannot describe — its BPMN cannot be read, or names no process
 * under its key, or the version is gone — is described by what the engine knows, offered
 * to nobody for start, and logged once, not on every list that meets it.
 */
@ExtendWith(OutputCaptureExtension.class)
class ForeignModelsUnreadableTest {

	RepositoryService repository = mock(RepositoryService.class);

	ProcessCatalog catalog = new ProcessCatalog(repository);

	@Test
	void aVersionWhoseModelCannotBeReadIsNamedByItsKeyAndLoggedOnce(CapturedOutput output) {
		// given a version whose BPMN the engine cannot give back
		ProcessDefinition definition = definition("def-1", "broken-model", null);
		when(repository.getBpmnModelInstance("def-1")).thenThrow(new IllegalStateException("cannot parse"));
		// when three lists describe it
		for (int i = 0; i < 3; i++) {
			ProcessCatalog.ProcessInfo info = catalog.of(definition);
			// then it is named by its key, with no steps, and cannot be started from a
			// form
			assertThat(info.name().zh()).isEqualTo("broken-model");
			assertThat(info.name().en()).isEqualTo("broken-model");
			assertThat(info.startableFromForm()).isFalse();
			assertThat(info.step("Task_1").zh()).isEqualTo("Task_1");
		}
		// and the failure is logged once
		assertThat(output.getOut().split("Process definition def-1 cannot be described", -1)).hasSize(2);
	}

	@Test
	void aVersionWhoseFileHasNoProcessUnderItsKeyIsNamedByTheEngine(CapturedOutput output) {
		ProcessDefinition definition = definition("def-2", "elsewhere", "别处的流程");
		when(repository.getBpmnModelInstance("def-2"))
			.thenReturn(Bpmn.createExecutableProcess("another").startEvent().endEvent().done());
		ProcessCatalog.ProcessInfo info = catalog.of(definition);
		assertThat(info.name().zh()).isEqualTo("别处的流程");
		assertThat(info.startableFromForm()).isFalse();
		assertThat(output.getOut()).contains("Process definition def-2 cannot be described");
	}

	@Test
	void aVersionThatIsGoneIsDescribedByItsId() {
		when(repository.getProcessDefinition(anyString())).thenThrow(new NotFoundException("no such definition"));
		ProcessCatalog.ProcessInfo info = catalog.of("gone-1");
		assertThat(info.name().zh()).isEqualTo("gone-1");
		assertThat(info.startableFromForm()).isFalse();
	}

	@Test
	void idLessFlowsNamelessStepsAndASecondProcessAreReadDefensively() {
		// given the hand-written file with id-less sequence flows
		String key = "idless";
		ProcessDefinition definition = definition("def-3", key, null);
		when(repository.getBpmnModelInstance("def-3")).thenReturn(Bpmn.readModelFromStream(
				new ByteArrayInputStream(ForeignModels.model("id-less-flows", key).getBytes(StandardCharsets.UTF_8))));
		// then the catalogue describes it: its name, its start event, its steps
		ProcessCatalog.ProcessInfo info = catalog.of(definition);
		assertThat(info.name().zh()).isEqualTo("无编号连线 Id-less flows");
		assertThat(info.startableFromForm()).isTrue();
		assertThat(info.step("Task_Review").zh()).isEqualTo("审核");
		assertThat(info.steps()).doesNotContainKey(null);
	}

	private static ProcessDefinition definition(String id, String key, String name) {
		ProcessDefinition definition = mock(ProcessDefinition.class);
		when(definition.getId()).thenReturn(id);
		when(definition.getKey()).thenReturn(key);
		when(definition.getName()).thenReturn(name);
		when(definition.getVersion()).thenReturn(1);
		return definition;
	}

}
