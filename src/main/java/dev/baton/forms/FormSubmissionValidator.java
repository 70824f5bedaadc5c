package dev.baton.forms;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.baton.web.ProblemException;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * {@link SubmissionValidator} over the forms that {@link FormSchemas} finds; see there
 * for the rules.
 */
@Component
class FormSubmissionValidator implements SubmissionValidator {

	private static final FormModel NO_FORM = FormModel.of(JsonNodeFactory.instance.objectNode());

	private static final int CACHED_FORMS = 256;

	private static final int CACHED_PATTERNS = 512;

	private final FormSchemas schemas;

	private final Clock clock;

	private final Feel feel = new Feel();

	private final Map<String, FormModel> models = lru(CACHED_FORMS);

	private final Map<String, BoundedRegex> patterns = lru(CACHED_PATTERNS);

	@Autowired
	FormSubmissionValidator(FormSchemas schemas) {
		this(schemas, Clock.systemDefaultZone());
	}

	/**
	 * @param clock decides "today" for {@code disallowPassedDates}
	 */
	FormSubmissionValidator(FormSchemas schemas, Clock clock) {
		this.schemas = schemas;
		this.clock = clock;
	}

	@Override
	public ValidatedSubmission validateStart(String processDefinitionId, Map<String, Object> data) {
		return validate(schemas.startForm(processDefinitionId).orElse(null), data, Map.of(), true);
	}

	@Override
	public ValidatedSubmission validateTask(String taskId, Map<String, Object> data, Map<String, Object> current,
			boolean enforceRequired) {
		return validate(schemas.taskForm(taskId).orElse(null), data, current, enforceRequired);
	}

	@Override
	public ValidatedSubmission validateTask(org.camunda.bpm.engine.task.Task task, Map<String, Object> data,
			Map<String, Object> current, boolean enforceRequired) {
		return validate(schemas.taskForm(task).orElse(null), data, current, enforceRequired);
	}

	@Override
	public Map<String, Object> sampleValues(JsonNode startFormSchema, Map<String, Object> data) {
		Map<String, Object> submitted = data == null ? Map.of() : data;
		if (startFormSchema == null || submitted.size() > SubmissionCheck.MAX_KEYS) {
			return Map.of();
		}
		SubmissionCheck check = new SubmissionCheck(model(startFormSchema), feel, this::pattern, LocalDate.now(clock),
				false, Map.of());
		return check.run(submitted);
	}

	ValidatedSubmission validate(JsonNode schema, Map<String, Object> data, Map<String, Object> current,
			boolean enforceRequired) {
		Map<String, Object> submitted = data == null ? Map.of() : data;
		if (submitted.size() > SubmissionCheck.MAX_KEYS) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "forms.submission.tooManyFields",
					SubmissionCheck.MAX_KEYS);
		}
		FormModel form = schema == null ? NO_FORM : model(schema);
		SubmissionCheck check = new SubmissionCheck(form, feel, this::pattern, LocalDate.now(clock), enforceRequired,
				Values.plainCurrent(current));
		Map<String, Object> stored = check.run(submitted);
		if (!check.problems().isEmpty()) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "forms.submission.invalid", check.problems());
		}
		return new ValidatedSubmission(variables(stored), Values.hash(submitted));
	}

	/**
	 * Lists and objects become JSON object values, whatever the engine's default
	 * serialization format is.
	 */
	private static Map<String, Object> variables(Map<String, Object> stored) {
		Map<String, Object> variables = new LinkedHashMap<>();
		stored.forEach((name, value) -> variables.put(name, value instanceof List<?> || value instanceof Map<?, ?>
				? Variables.objectValue(value).serializationDataFormat(Variables.SerializationDataFormats.JSON).create()
				: value));
		return variables;
	}

	private FormModel model(JsonNode schema) {
		String key = schema.toString();
		synchronized (models) {
			FormModel model = models.get(key);
			if (model == null) {
				model = FormModel.of(schema);
				models.put(key, model);
			}
			return model;
		}
	}

	private BoundedRegex pattern(String source) {
		synchronized (patterns) {
			if (patterns.containsKey(source)) {
				return patterns.get(source);
			}
			BoundedRegex regex = BoundedRegex.compile(source);
			patterns.put(source, regex);
			return regex;
		}
	}

	private static <V> Map<String, V> lru(int size) {
		return new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
				return size() > size;
			}
		};
	}

}
