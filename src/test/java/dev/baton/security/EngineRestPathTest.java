package dev.baton.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The path the rules judge is the path the engine's REST API routes; an address that
 * could be read two ways is refused.
 */
class EngineRestPathTest {

	@Test
	void plainPathsAreKeptAsTheyAre() {
		assertThat(EngineRestPath.of("/engine-rest/version")).hasValue("/version");
		assertThat(EngineRestPath.of("/engine-rest/deployment/create")).hasValue("/deployment/create");
		assertThat(EngineRestPath.of("/engine-rest")).hasValue("/");
		assertThat(EngineRestPath.of("/engine-rest/")).hasValue("/");
	}

	@Test
	void aNamedEnginesPrefixAndOneTrailingSlashAreDropped() {
		assertThat(EngineRestPath.of("/engine-rest/engine/default/task/abc/complete")).hasValue("/task/abc/complete");
		assertThat(EngineRestPath.of("/engine-rest/version/")).hasValue("/version");
		assertThat(EngineRestPath.of("/engine-rest/engine")).hasValue("/engine");
	}

	@Test
	void percentEncodingIsDecodedOnce() {
		assertThat(EngineRestPath.of("/engine-rest/process-definition/key/%E8%AF%B7%E5%81%87/xml"))
			.hasValue("/process-definition/key/请假/xml");
		assertThat(EngineRestPath.of("/engine-rest/process-definition/leave%3A1%3Aabc"))
			.hasValue("/process-definition/leave:1:abc");
	}

	@Test
	void addressesThatCouldBeReadTwoWaysAreRefused() {
		for (String address : new String[] { "/engine-rest/task;jsessionid=1/x/complete",
				"/engine-rest/task/x/complete;a=b", "/engine-rest/task%2Fx%2Fcomplete", "/engine-rest/task%2fx",
				"/engine-rest/task%5Cx", "/engine-rest/task\\x", "/engine-rest//task/x/complete",
				"/engine-rest/deployment//create", "/engine-rest/task/x/../../version", "/engine-rest/./version",
				"/engine-rest/task/%2e%2e/version", "/engine-rest/task/%252e", "/engine-rest/task/a%3Bb",
				"/engine-rest/task/%00", "/engine-rest/task/%0A", "/engine-rest/task/%E4%B8", "/engine-rest/task/%zz",
				"/engine-rest/version//", "/engine-restversion", "/other" }) {
			assertThat(EngineRestPath.of(address)).as(address).isEmpty();
		}
	}

	@Test
	void letterCaseIsKeptSoThatAnotherCaseMatchesNoRule() {
		assertThat(EngineRestPath.of("/engine-rest/Deployment/Create")).hasValue("/Deployment/Create");
		assertThat(EngineRestRules.designerMay("POST", "/Deployment/Create")).isFalse();
	}

}
