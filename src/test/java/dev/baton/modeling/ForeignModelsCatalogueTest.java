package dev.baton.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import dev.baton.modeling.ForeignModels.Kind;
import dev.baton.support.BatonTest;
import dev.baton.support.Http;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A model that the engine and the safety policy accept but Baton did not write never
 * breaks a catalogue: the employee's start catalogue offers it when it has a plain start
 * event, the designer's list always shows it, each with a name, and the shipped processes
 * stay listed next to it.
 */
@BatonTest
class ForeignModelsCatalogueTest {

	@LocalServerPort
	int port;

	@Autowired
	RepositoryService repository;

	Http http;

	ForeignModels models;

	@BeforeEach
	void setUp() {
		http = new Http(port);
		models = new ForeignModels(http, repository);
	}

	@AfterEach
	void removeTheForeignModels() {
		models.removeAll();
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void theEmployeesStartCatalogueOffersAForeignModelOnlyWhenItCanBeStartedFromAForm(Kind kind) {
		// given a foreign model deployed through /engine-rest
		String key = models.deploy(kind);
		// when an employee opens the start catalogue
		String catalogue = ForeignModels.get(http, "/api/processes", "zhangwei");
		// then the list answers, still with the shipped processes, and offers the model
		// with a name exactly when it has a plain start event
		assertThat(JsonPath.<List<String>>read(catalogue, "$[*].key")).contains("leave-request", "purchase-request");
		List<Map<String, Object>> offered = JsonPath.read(catalogue, "$[?(@.key == '" + key + "')]");
		if (kind.startable) {
			assertThat(offered).hasSize(1);
			List<String> names = JsonPath.read(catalogue, "$[?(@.key == '" + key + "')].name.zh");
			assertThat(names).hasSize(1);
			assertThat(names.get(0)).isNotBlank();
		}
		else {
			assertThat(offered).isEmpty();
		}
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void theDesignersListShowsEveryForeignModelWithANameAndItsVersion(Kind kind) {
		// given a foreign model deployed through /engine-rest
		String key = models.deploy(kind);
		// when the designer lists the processes
		String list = ForeignModels.get(http, "/api/modeling/processes", "designer");
		// then the list answers with the model, named, next to the shipped processes
		assertThat(JsonPath.<List<String>>read(list, "$[*].key")).contains(key, "leave-request");
		List<String> names = JsonPath.read(list, "$[?(@.key == '" + key + "')].name.zh");
		assertThat(names).hasSize(1);
		assertThat(names.get(0)).isNotBlank();
		// and its published version opens with its BPMN
		String version = ForeignModels.get(http, "/api/modeling/processes/" + key + "/versions/1", "designer");
		assertThat(JsonPath.<String>read(version, "$.bpmnXml")).contains(key);
	}

	@Test
	void aProcessWithoutAnyNameIsListedUnderItsKey() {
		String key = models.deploy(Kind.NAMELESS);
		String catalogue = ForeignModels.get(http, "/api/processes", "zhangwei");
		assertThat(JsonPath.<List<String>>read(catalogue, "$[?(@.key == '" + key + "')].name.zh")).containsExactly(key);
		assertThat(JsonPath.<List<String>>read(catalogue, "$[?(@.key == '" + key + "')].name.en")).containsExactly(key);
	}

	@Test
	void aStartFormThatIsNotABatonFormIsNotOfferedAsTheStartForm() {
		// given a model whose start event links a deployed Camunda form with an iframe,
		// raw
		// HTML and a file picker (components Baton neither renders nor validates), and
		// one
		// whose start form no deployment holds
		String foreign = models.deploy(Kind.FOREIGN_FORM_COMPONENTS);
		String missing = models.deploy(Kind.FOREIGN_START_FORM);
		// when an employee opens the start catalogue
		String catalogue = ForeignModels.get(http, "/api/processes", "zhangwei");
		// then both are offered without a start form
		for (String key : List.of(foreign, missing)) {
			List<Object> forms = JsonPath.read(catalogue, "$[?(@.key == '" + key + "')].startForm");
			assertThat(forms).as(key).hasSize(1).containsOnlyNulls();
		}
	}

	@Test
	void theNonExecutableProcessOfAFileIsNeitherOfferedNorDeployed() {
		// given a file with an executable and a non-executable process
		String key = models.deploy(Kind.NOT_EXECUTABLE_ALONGSIDE);
		// then only the executable one is a process definition, offered and listed
		assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key + "-sketch").count()).isZero();
		String catalogue = ForeignModels.get(http, "/api/processes", "zhangwei");
		assertThat(JsonPath.<List<String>>read(catalogue, "$[*].key")).contains(key).doesNotContain(key + "-sketch");
	}

	@Test
	void anEmbeddedHtmlFormIsRefusedAtDeploymentNamingTheElements() {
		// when a model with camunda:formKey="embedded:…" is sent to /engine-rest
		HttpResponse<String> refused = models.send("embedded-form-key", "foreign-embedded-form");
		// then it is refused with the policy's problem, naming the start event and the
		// step, and nothing is deployed
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
		assertThat(JsonPath.<String>read(refused.body(), "$.code")).isEqualTo("engineRest.deployment.refused");
		assertThat(JsonPath.<List<String>>read(refused.body(), "$.findings[*].elementId")).contains("Start",
				"Task_Review");
		assertThat(JsonPath.<List<String>>read(refused.body(), "$.findings[*].rule")).containsOnly("form.formKey");
		assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("foreign-embedded-form").count())
			.isZero();
	}

}
