package dev.baton.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.baton.modeling.ForeignModels.Kind;
import dev.baton.support.BatonTest;
import dev.baton.support.Http;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The designer opens a model that Baton did not write as a draft, checks it and previews
 * a route through it: every page answers, none with a server error.
 */
@BatonTest
class ForeignModelsDesignerTest {

	@LocalServerPort
	int port;

	@Autowired
	RepositoryService repository;

	Http http;

	ForeignModels models;

	String key;

	@BeforeEach
	void setUp() {
		http = new Http(port);
		models = new ForeignModels(http, repository);
	}

	@AfterEach
	void removeTheDraftAndTheModel() {
		if (key != null) {
			http.send(http.request("/api/modeling/processes/" + key + "/draft", "designer", "demo").DELETE());
		}
		models.removeAll();
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void aForeignModelOpensAsADraftAndIsChecked(Kind kind) {
		// given a foreign model deployed through /engine-rest
		key = models.deploy(kind);
		// when the designer opens its version as a draft
		HttpResponse<String> draft = post("/api/modeling/processes/" + key + "/draft", "{}");
		// then the draft is there with the model's BPMN
		assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
		assertThat(draft.body()).contains(key);
		ForeignModels.get(http, "/api/modeling/processes/" + key + "/draft", "designer");
		// and checking and previewing it answer without a server error
		HttpResponse<String> check = post("/api/modeling/processes/" + key + "/draft/check", "{}");
		assertThat(check.statusCode()).as(check.body()).isEqualTo(200);
		HttpResponse<String> preview = post("/api/modeling/processes/" + key + "/draft/preview",
				"{\"initiator\":\"zhangwei\",\"data\":{}}");
		assertThat(preview.statusCode()).as(preview.body()).isLessThan(500);
	}

	private HttpResponse<String> post(String path, String body) {
		return http.send(http.request(path, "designer", "demo")
			.header("Content-Type", "application/json")
			.header("Accept-Language", "zh-CN")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

}
