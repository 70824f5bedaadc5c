package dev.baton.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.web.ProblemException;
import dev.baton.web.ProblemException.FieldProblem;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.http.HttpStatus;

/**
 * Test support: the real files in {@code forms/} served as if deployed (the form id
 * stands for the process definition or task id), a validator over them with a fixed
 * "today", and helpers that read data the way Spring reads a JSON request body.
 */
final class ShippedForms implements FormSchemas {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	private static final ObjectMapper JSON = new ObjectMapper();

	static FormSubmissionValidator validator() {
		ZoneId zone = ZoneId.of("Asia/Shanghai");
		return new FormSubmissionValidator(new ShippedForms(),
				Clock.fixed(TODAY.atStartOfDay(zone).plusHours(9).toInstant(), zone));
	}

	@Override
	public Optional<JsonNode> startForm(String processDefinitionId) {
		return find(processDefinitionId);
	}

	@Override
	public Optional<JsonNode> taskForm(String taskId) {
		return find(taskId);
	}

	@Override
	public VersionForms versionForms(String processDefinitionId) {
		return VersionForms.NONE;
	}

	static JsonNode form(String id) {
		return find(id).orElseThrow(() -> new AssertionError("no form " + id + " in forms/"));
	}

	private static Optional<JsonNode> find(String id) {
		Path file = Path.of("forms", id + ".form");
		if (!Files.exists(file)) {
			return Optional.empty();
		}
		try {
			return Optional.of(JSON.readTree(file.toFile()));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A form written inline, for rules that no shipped form uses. */
	static JsonNode schema(String json) {
		try {
			return JSON.readTree(json);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Data as Spring reads a JSON request body: maps, lists, Integer/Long/Double,
	 * strings, booleans.
	 */
	static Map<String, Object> data(String json) {
		try {
			return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {
			});
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A purchase request as the start form submits it: two items worth 60,000 in all. */
	static Map<String, Object> purchaseRequest() {
		return data("""
				{
				  "title": "新员工电脑 Laptops for new hires",
				  "reason": "两名新员工入职 Two new hires",
				  "neededBy": "2030-01-15",
				  "items": [
				    { "name": "笔记本电脑 Laptop", "quantity": 2, "unitPrice": 28000 },
				    { "name": "显示器 Monitor", "quantity": 2, "unitPrice": 2000.00 }
				  ],
				  "total": 60000
				}""");
	}

	/** The variables a validated submission stores, with JSON object values unwrapped. */
	static Map<String, Object> stored(ValidatedSubmission submission) {
		Map<String, Object> values = new LinkedHashMap<>();
		submission.variables()
			.forEach((name, value) -> values.put(name, value instanceof TypedValue typed ? typed.getValue() : value));
		return values;
	}

	/**
	 * The field problems of a refused submission, after checking that it was refused as
	 * invalid.
	 */
	static List<FieldProblem> problemsOf(ThrowingCallable submission) {
		ProblemException problem = catchThrowableOfType(ProblemException.class, submission);
		assertThat(problem).as("refused with a problem").isNotNull();
		assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(problem.messageKey()).isEqualTo("forms.submission.invalid");
		return problem.fieldProblems();
	}

	/**
	 * Field path and message key of each problem, e.g. "items[1].quantity
	 * forms.field.min".
	 */
	static List<String> summary(List<FieldProblem> problems) {
		return problems.stream().map(problem -> problem.field() + " " + problem.messageKey()).toList();
	}

}
