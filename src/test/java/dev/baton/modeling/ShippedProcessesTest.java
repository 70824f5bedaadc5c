package dev.baton.modeling;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.support.BatonTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Shipped models are published at startup, but never over a version a designer published
 * since.
 */
@BatonTest
class ShippedProcessesTest {

	@Autowired
	ShippedProcesses shipped;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	MockMvc http;

	@Test
	void aChangedShippedModelIsPublishedUnlessADesignerPublishedAVersionSince() throws Exception {
		// given a process shipped as a file: version 1
		String key = "shipped-" + UUID.randomUUID().toString().substring(0, 8);
		shipped.publish(List.of(file(key + ".bpmn", DesignerModels.expenseClaim(key, "finance-manager"))), forms(key));
		assertThat(latest(key).getVersion()).isEqualTo(1);
		// and the same file again at the next start publishes nothing, a changed one
		// version 2
		shipped.publish(List.of(file(key + ".bpmn", DesignerModels.expenseClaim(key, "finance-manager"))), forms(key));
		assertThat(latest(key).getVersion()).isEqualTo(1);
		shipped.publish(List.of(file(key + ".bpmn", DesignerModels.expenseClaim(key, "accountant"))), forms(key));
		assertThat(latest(key).getVersion()).isEqualTo(2);

		// when a designer publishes version 3 of it
		designer(post("/api/modeling/processes/" + key + "/draft"));
		designer(put("/api/modeling/processes/" + key + "/draft").contentType(MediaType.APPLICATION_JSON)
			.content(DesignerModels.save(1, DesignerModels.expenseClaim(key, "general-manager"),
					DesignerModels.expenseClaimForms(key))));
		designer(post("/api/modeling/processes/" + key + "/draft/publish").contentType(MediaType.APPLICATION_JSON)
			.content("{\"revision\":2}"));
		assertThat(latest(key).getVersion()).isEqualTo(3);

		// and a newer Baton ships yet another change, then the designer's version stays
		// the latest
		shipped.publish(List.of(file(key + ".bpmn", DesignerModels.expenseClaim(key, "hr-specialist"))), forms(key));
		assertThat(latest(key).getVersion()).isEqualTo(3);
	}

	private void designer(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		http.perform(request.with(httpBasic("designer", "demo"))).andExpect(status().is2xxSuccessful());
	}

	private ProcessDefinition latest(String key) {
		return repositoryService.createProcessDefinitionQuery()
			.processDefinitionKey(key)
			.latestVersion()
			.singleResult();
	}

	private static FormCatalog forms(String key) {
		List<Resource> files = new ArrayList<>();
		for (Map.Entry<String, ObjectNode> form : DesignerModels.expenseClaimForms(key).entrySet()) {
			files.add(file(form.getKey() + ".form", form.getValue().toString()));
		}
		files.sort(java.util.Comparator.comparing(Resource::getFilename));
		return FormCatalog.load(files);
	}

	private static Resource file(String name, String content) {
		return new ByteArrayResource(content.getBytes(UTF_8)) {
			@Override
			public String getFilename() {
				return name;
			}
		};
	}

}
