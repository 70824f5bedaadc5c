package dev.baton.modeling;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.baton.engine.RequestSummaryValues;
import dev.baton.forms.FormSchemas;
import dev.baton.forms.VersionForms;
import org.springframework.stereotype.Component;

/**
 * A request's summary (its key figures: the total of a purchase, the type and days of a
 * leave), as lists and the top of a task show it. A process names the fields in its
 * property {@code baton.summary}; the read models store their values
 * ({@link RequestSummaryValues}); this labels them with the forms of the request's own
 * process version: the label of the field in the start form, or in the first step's form
 * that labels it (a computed total has no label of its own), and a select's value by its
 * option's label.
 */
@Component
public class RequestSummaries {

	/**
	 * One field of a summary.
	 *
	 * @param label as the form labels the field (form labels are content, often
	 * {@code "中文 / English"})
	 * @param type how to show the value: {@code number}, {@code date}, {@code time},
	 * {@code datetime}, {@code boolean}, {@code option} (then {@code text} is the
	 * option's label) or {@code text}
	 * @param value the stored value: text, number, boolean, or a list of those
	 * @param text the value as the form names it (an option's label), or {@code null}
	 */
	public record Item(String key, String label, String type, JsonNode value, String text) {
	}

	private record Field(String key, String label, String type, Map<String, String> options) {
	}

	private static final ObjectMapper JSON = new ObjectMapper();

	private final ProcessCatalog catalog;

	private final FormSchemas forms;

	private final Map<String, List<Field>> fields = new ConcurrentHashMap<>();

	RequestSummaries(ProcessCatalog catalog, FormSchemas forms) {
		this.catalog = catalog;
		this.forms = forms;
	}

	/** The fields a version names as its summary; empty when none. */
	public List<String> keys(String processDefinitionId) {
		return processDefinitionId == null ? List.of() : catalog.of(processDefinitionId).summaryKeys();
	}

	/**
	 * The summary to store for these variables (plain or typed values), {@code null} when
	 * the version names no fields or none has a value.
	 */
	public String valuesOf(String processDefinitionId, Map<String, ?> variables) {
		List<String> keys = keys(processDefinitionId);
		return keys.isEmpty() ? null : RequestSummaryValues.json(keys, variables);
	}

	/**
	 * A stored summary, labelled by the version's forms, in the order the process names
	 * the fields; nothing for {@code null} or a summary that cannot be read.
	 */
	public List<Item> items(String processDefinitionId, String stored, Locale locale) {
		if (stored == null || stored.isBlank() || processDefinitionId == null) {
			return List.of();
		}
		JsonNode values;
		try {
			values = JSON.readTree(stored);
		}
		catch (IOException unreadable) {
			return List.of();
		}
		if (values == null || !values.isObject()) {
			return List.of();
		}
		List<Item> items = new ArrayList<>();
		for (Field field : fields.computeIfAbsent(processDefinitionId, this::read)) {
			JsonNode value = values.get(field.key());
			if (value != null && !value.isNull()) {
				items.add(new Item(field.key(), field.label(), field.type(), value, text(field, value, locale)));
			}
		}
		return items;
	}

	private static String text(Field field, JsonNode value, Locale locale) {
		if (field.options().isEmpty()) {
			return null;
		}
		if (value.isArray()) {
			List<String> labels = new ArrayList<>();
			value.forEach(item -> labels.add(field.options().getOrDefault(item.asText(), item.asText())));
			return String.join(ProcessCatalog.Localized.isEnglish(locale) ? ", " : "、", labels);
		}
		return field.options().getOrDefault(value.asText(), value.asText());
	}

	private List<Field> read(String processDefinitionId) {
		VersionForms version = forms.versionForms(processDefinitionId);
		List<JsonNode> schemas = new ArrayList<>();
		version.startForm().ifPresent(schemas::add);
		version.formIdByStep().values().forEach(id -> schemas.add(version.formsById().get(id)));
		List<Field> found = new ArrayList<>();
		for (String key : keys(processDefinitionId)) {
			JsonNode labelled = null;
			JsonNode any = null;
			for (JsonNode schema : schemas) {
				JsonNode component = find(schema.path("components"), key, 0);
				if (component == null) {
					continue;
				}
				any = any == null ? component : any;
				if (!labelOf(component).isEmpty()) {
					labelled = component;
					break;
				}
			}
			JsonNode component = labelled != null ? labelled : any;
			found.add(component == null ? new Field(key, key, "text", Map.of()) : new Field(key,
					labelOf(component).isEmpty() ? key : labelOf(component), typeOf(component), options(component)));
		}
		return List.copyOf(found);
	}

	/** The component bound to a top-level key, in groups without a path too. */
	private static JsonNode find(JsonNode components, String key, int depth) {
		if (!components.isArray() || depth > 30) {
			return null;
		}
		for (JsonNode component : components) {
			if (key.equals(component.path("key").asText(null))) {
				return component;
			}
			if (!component.hasNonNull("path")) {
				JsonNode nested = find(component.path("components"), key, depth + 1);
				if (nested != null) {
					return nested;
				}
			}
		}
		return null;
	}

	private static String labelOf(JsonNode component) {
		for (String property : new String[] { "label", "dateLabel", "timeLabel" }) {
			String label = component.path(property).asText("").trim();
			if (!label.isEmpty()) {
				return label;
			}
		}
		return "";
	}

	private static String typeOf(JsonNode component) {
		return switch (component.path("type").asText("")) {
			case "number", "expression" -> "number";
			case "checkbox" -> "boolean";
			case "select", "radio", "checklist", "taglist" -> "option";
			case "datetime" -> switch (component.path("subtype").asText("date")) {
				case "time" -> "time";
				case "datetime" -> "datetime";
				default -> "date";
			};
			default -> "text";
		};
	}

	private static Map<String, String> options(JsonNode component) {
		Map<String, String> options = new LinkedHashMap<>();
		Iterator<JsonNode> values = component.path("values").elements();
		while (values.hasNext()) {
			JsonNode option = values.next();
			if (option.hasNonNull("value")) {
				options.put(option.path("value").asText(), option.path("label").asText(option.path("value").asText()));
			}
		}
		return Map.copyOf(options);
	}

}
