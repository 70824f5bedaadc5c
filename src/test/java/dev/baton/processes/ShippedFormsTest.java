package dev.baton.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks every file in {@code forms/} (plain JUnit, no Spring): form-js JSON that Baton
 * can serve and validate on the server, and that the shipped processes reference.
 */
class ShippedFormsTest {

	private static final Path FORMS = Path.of("forms");

	private static final Path PROCESSES = Path.of("processes");

	private static final ObjectMapper JSON = new ObjectMapper();

	/** Components whose submissions a server can check. */
	private static final Set<String> ALLOWED_TYPES = Set.of("textfield", "textarea", "number", "datetime", "select",
			"radio", "checkbox", "checklist", "taglist", "dynamiclist", "group", "text", "expression", "separator",
			"spacer");

	/**
	 * Components that upload files, show documents, embed pages or raw HTML: never in a
	 * shipped form.
	 */
	private static final Set<String> FORBIDDEN_TYPES = Set.of("filepicker", "documentPreview", "iframe", "html");

	/** Components bound to a variable through {@code key}. */
	private static final Set<String> KEYED_TYPES = Set.of("textfield", "textarea", "number", "datetime", "select",
			"radio", "checkbox", "checklist", "taglist", "expression");

	/** Components bound through {@code path} whose children's keys are relative to it. */
	private static final Set<String> PATHED_TYPES = Set.of("dynamiclist", "group");

	private static final Set<String> OPTION_TYPES = Set.of("select", "radio", "checklist", "taglist");

	static Stream<Path> formFiles() {
		try (Stream<Path> files = Files.list(FORMS)) {
			List<Path> all = files.sorted().toList();
			assertThat(all).as("files in %s", FORMS.toAbsolutePath()).isNotEmpty();
			return all.stream();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("formFiles")
	void isAFormJsonNamedAfterItsId(Path file) {
		// given
		String fileName = file.getFileName().toString();

		// when
		JsonNode form = read(file);

		// then
		assertThat(fileName).endsWith(".form");
		assertThat(form.isObject()).as("top level is a JSON object").isTrue();
		assertThat(form.path("id").isTextual()).as("top-level id").isTrue();
		assertThat(form.path("id").asText()).isEqualTo(fileName.substring(0, fileName.length() - ".form".length()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("formFiles")
	void targetsFormJsSchemaVersion19OnCamunda724(Path file) {
		// given
		JsonNode form = read(file);

		// when
		JsonNode exporter = form.path("exporter");

		// then
		assertThat(form.path("schemaVersion").isInt()).as("schemaVersion is an integer").isTrue();
		assertThat(form.path("schemaVersion").asInt()).isEqualTo(19);
		assertThat(form.path("type").asText()).isEqualTo("default");
		assertThat(form.path("executionPlatform").asText()).isEqualTo("Camunda Platform");
		assertThat(form.path("executionPlatformVersion").asText()).isEqualTo("7.24.0");
		assertThat(exporter.path("name").asText()).isEqualTo("Baton");
		assertThat(exporter.path("version").asText()).isNotBlank();
		assertThat(form.path("components").isArray()).as("components is an array").isTrue();
		assertThat(form.path("components")).as("components").isNotEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("formFiles")
	void usesOnlyComponentsAServerCanValidate(Path file) {
		// given
		List<JsonNode> components = allComponents(read(file));

		// when
		List<String> types = components.stream().map(c -> c.path("type").asText()).toList();

		// then
		assertThat(types).as("component types").doesNotContainAnyElementsOf(FORBIDDEN_TYPES);
		assertThat(types).as("component types").allMatch(ALLOWED_TYPES::contains);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("formFiles")
	void hasUniqueComponentIdsAndKeys(Path file) {
		// given
		JsonNode form = read(file);

		// when
		Map<String, Integer> ids = new TreeMap<>();
		Map<String, Integer> bindings = new TreeMap<>();
		collectIdsAndBindings(form.path("components"), "", ids, bindings);

		// then
		assertThat(ids).as("component ids used more than once").allSatisfy((id, count) -> assertThat(count).isOne());
		assertThat(bindings).as("keys bound more than once").allSatisfy((key, count) -> assertThat(count).isOne());
		assertThat(bindings).as("keys").isNotEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("formFiles")
	void bindsEveryFieldWithAValidKeyAndABilingualLabel(Path file) {
		// given
		List<JsonNode> components = allComponents(read(file));

		// when
		List<JsonNode> fields = components.stream().filter(c -> KEYED_TYPES.contains(c.path("type").asText())).toList();

		// then
		assertThat(fields).as("fields").isNotEmpty();
		for (JsonNode field : fields) {
			String key = field.path("key").asText("");
			assertThat(key).as("key of %s", field.path("id").asText()).matches("[A-Za-z][A-Za-z0-9]*");
			if (field.path("type").asText().equals("expression")) {
				assertThat(field.path("expression").asText()).as("expression of %s", key).startsWith("=");
				assertThat(field.path("computeOn").asText()).as("computeOn of %s", key).isIn("change", "presubmit");
				continue;
			}
			String label = field.has("dateLabel") ? field.path("dateLabel").asText() : field.path("label").asText();
			assertThat(label).as("label of %s is \"中文 / English\"", key).matches(".*\\p{IsHan}.* / .*[A-Za-z].*");
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("formFiles")
	void offersDistinctValuesInEveryChoice(Path file) {
		// given
		JsonNode form = read(file);

		// when
		List<JsonNode> choices = allComponents(form).stream()
			.filter(c -> OPTION_TYPES.contains(c.path("type").asText()))
			.toList();

		// then
		for (JsonNode choice : choices) {
			List<String> values = new ArrayList<>();
			choice.path("values").forEach(v -> values.add(v.path("value").asText()));
			assertThat(values).as("values of %s", choice.path("key").asText())
				.isNotEmpty()
				.doesNotHaveDuplicates()
				.allMatch(v -> !v.isBlank());
		}
	}

	@Test
	void formIdsAreUniqueAcrossAllForms() {
		// given
		List<String> ids = formFiles().map(file -> read(file).path("id").asText()).toList();

		// then
		assertThat(ids).doesNotHaveDuplicates();
	}

	@Test
	void everyFormIsReferencedByAShippedProcessAndEveryReferenceResolves() {
		// given
		Set<String> formIds = new HashSet<>(formFiles().map(file -> read(file).path("id").asText()).toList());
		Set<String> referenced = new HashSet<>();

		// when
		try (Stream<Path> files = Files.list(PROCESSES)) {
			for (Path bpmn : files.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
				BpmnModelInstance model = Bpmn.readModelFromFile(bpmn.toFile());
				for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
					if (start.getCamundaFormRef() != null) {
						assertReference(bpmn, start.getId(), start.getCamundaFormRef(),
								start.getCamundaFormRefBinding(), formIds);
						referenced.add(start.getCamundaFormRef());
					}
				}
				for (UserTask task : model.getModelElementsByType(UserTask.class)) {
					assertThat(task.getCamundaFormRef()).as("%s: formRef of %s", bpmn, task.getId()).isNotBlank();
					assertReference(bpmn, task.getId(), task.getCamundaFormRef(), task.getCamundaFormRefBinding(),
							formIds);
					referenced.add(task.getCamundaFormRef());
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}

		// then
		assertThat(referenced).as("forms referenced by processes/").containsExactlyInAnyOrderElementsOf(formIds);
	}

	private static void assertReference(Path bpmn, String elementId, String formRef, String binding,
			Set<String> formIds) {
		assertThat(formIds).as("%s: form '%s' of %s exists in forms/", bpmn, formRef, elementId).contains(formRef);
		assertThat(binding).as("%s: formRefBinding of %s", bpmn, elementId).isEqualTo("deployment");
	}

	private static JsonNode read(Path file) {
		try {
			return JSON.readTree(Files.readString(file));
		}
		catch (IOException e) {
			return fail("%s is not valid JSON: %s", file, e.getMessage());
		}
	}

	private static List<JsonNode> allComponents(JsonNode form) {
		List<JsonNode> all = new ArrayList<>();
		collect(form.path("components"), all);
		return all;
	}

	private static void collect(JsonNode components, List<JsonNode> into) {
		for (JsonNode component : components) {
			into.add(component);
			collect(component.path("components"), into);
		}
	}

	/**
	 * Binding paths as form-js resolves them: a child key of a dynamic list or group is
	 * relative to its path.
	 */
	private static void collectIdsAndBindings(JsonNode components, String prefix, Map<String, Integer> ids,
			Map<String, Integer> bindings) {
		for (JsonNode component : components) {
			String type = component.path("type").asText();
			assertThat(component.path("id").asText("")).as("id of a %s component", type).isNotBlank();
			ids.merge(component.path("id").asText(), 1, Integer::sum);
			if (KEYED_TYPES.contains(type)) {
				assertThat(component.path("key").asText("")).as("key of %s", component.path("id").asText())
					.isNotBlank();
			}
			if (component.hasNonNull("key")) {
				bindings.merge(prefix + component.path("key").asText(), 1, Integer::sum);
			}
			String childPrefix = prefix;
			if (PATHED_TYPES.contains(type) && !component.path("path").asText("").isBlank()) {
				String path = prefix + component.path("path").asText();
				bindings.merge(path, 1, Integer::sum);
				childPrefix = path + ".";
			}
			collectIdsAndBindings(component.path("components"), childPrefix, ids, bindings);
		}
	}

}
