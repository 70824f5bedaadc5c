package dev.baton.modeling;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.baton.web.ProblemException;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * BPMN from designers never reaches a file or a URL through XML entities: Baton refuses
 * any DOCTYPE before parsing, and both parsers it uses refuse one on their own, so a
 * model that slips past the first guard still cannot read a file.
 */
class ModelXmlTest {

	private static final String SECRET = "top-secret-4711";

	@TempDir
	Path folder;

	@Test
	void camundasModelApiRefusesADoctypeWithAnExternalEntityAndNeverReadsTheFile() throws Exception {
		// given a model whose process name is an external entity pointing at a secret
		// file
		String xml = modelReading(secretFile());

		// when Camunda's model API reads it, then it refuses the DOCTYPE and the secret
		// appears nowhere
		assertThatThrownBy(() -> Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(UTF_8))))
			.satisfies(error -> assertThat(messages(error)).doesNotContain(SECRET).containsIgnoringCase("DOCTYPE"));
	}

	@Test
	void batonsOwnParsersRefuseTheDoctypeToo() throws Exception {
		String xml = modelReading(secretFile());

		assertThatThrownBy(() -> ModelXml.dom(xml)).isInstanceOf(ModelXml.Invalid.class)
			.satisfies(error -> assertThat(messages(error)).doesNotContain(SECRET));
		assertThatThrownBy(() -> ModelXml.read(xml)).isInstanceOf(ModelXml.Invalid.class)
			.satisfies(error -> assertThat(messages(error)).doesNotContain(SECRET));
	}

	@Test
	void aDoctypeInAnyCaseAndAModelOverTwoMegabytesAreRefusedBeforeParsing() throws Exception {
		assertThatThrownBy(() -> ModelXml.requireAcceptable(modelReading(secretFile()).replace("DOCTYPE", "doctype")))
			.isInstanceOf(ProblemException.class)
			.hasMessage("modeling.bpmn.doctype");
		assertThatThrownBy(() -> ModelXml.requireAcceptable("<a><!ENTITY x 'y'></a>"))
			.hasMessage("modeling.bpmn.doctype");
		assertThatThrownBy(() -> ModelXml.requireAcceptable("<a>" + "中".repeat(ModelXml.MAX_BYTES / 3) + "</a>"))
			.hasMessage("modeling.bpmn.tooLarge");
		assertThatThrownBy(() -> ModelXml.requireAcceptable(" ")).hasMessage("modeling.bpmn.missing");
		ModelXml.requireAcceptable("<a>" + "x".repeat(ModelXml.MAX_BYTES - 10) + "</a>");
	}

	private Path secretFile() throws Exception {
		Path secret = folder.resolve("secret.txt");
		Files.writeString(secret, SECRET);
		return secret;
	}

	private static String modelReading(Path file) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<!DOCTYPE definitions [ <!ENTITY secret SYSTEM "%s"> ]>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
				  <bpmn:process id="leak" name="&secret;" isExecutable="true" />
				</bpmn:definitions>
				""".formatted(file.toUri());
	}

	private static String messages(Throwable error) {
		StringBuilder all = new StringBuilder();
		for (Throwable cause = error; cause != null; cause = cause.getCause()) {
			all.append(cause.getMessage()).append('\n');
		}
		return all.toString();
	}

}
