package dev.baton.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.forms.FormModel.Field;

/**
 * The value of one submitted field, by the type of its component: its shape (text,
 * number, boolean, choice, list of choices, date and time) and the constraints form-js
 * checks in the browser (length, pattern, email and phone, decimal digits, increment, min
 * and max, offered options, past dates). What is stored is normalised (numbers as Baton
 * stores them); a value that breaks a rule is recorded in {@link SubmissionProblems} and
 * comes back as {@link SubmissionProblems#INVALID}.
 */
final class FieldValues {

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final String TIME = "([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)?";

	private static final Pattern TIME_ONLY = Pattern.compile(TIME);

	private static final Pattern DATE_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T" + TIME);

	private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+");

	private static final Pattern PHONE = Pattern.compile("(\\+|00)[1-9]\\d{5,20}");

	private final Feel feel;

	private final Function<String, BoundedRegex> patterns;

	private final LocalDate today;

	private final Map<String, Object> current;

	private final FieldConditions conditions;

	private final SubmissionProblems problems;

	FieldValues(Feel feel, Function<String, BoundedRegex> patterns, LocalDate today, Map<String, Object> current,
			FieldConditions conditions, SubmissionProblems problems) {
		this.feel = feel;
		this.patterns = patterns;
		this.today = today;
		this.current = current;
		this.conditions = conditions;
		this.problems = problems;
	}

	/**
	 * The value to store for a field that was sent, or {@link SubmissionProblems#INVALID}
	 * after recording why it cannot be stored.
	 */
	Object value(Field field, Object value, String path, String label, ConditionScope scope) {
		if (value == null) {
			return null; // clears an optional field; required is checked separately
		}
		JsonNode json = field.component().json();
		return switch (field.component().type()) {
			case "textfield", "textarea" -> text(json, value, path, label, scope);
			case "number" -> number(json, value, path, label, scope);
			case "checkbox" ->
				value instanceof Boolean ? value : problems.invalid(path, "forms.field.notBoolean", label);
			case "select", "radio" -> choice(json, value, path, label, scope);
			case "checklist", "taglist" -> choices(json, value, path, label, scope);
			case "datetime" -> dateTime(json, value, path, label);
			default -> problems.invalid(path, "forms.field.unsupported", label);
		};
	}

	private Object text(JsonNode json, Object value, String path, String label, ConditionScope scope) {
		if (!(value instanceof String text)) {
			return problems.invalid(path, "forms.field.notText", label);
		}
		if (text.length() > SubmissionCheck.MAX_TEXT) {
			return problems.invalid(path, "forms.field.tooLong", label, SubmissionCheck.MAX_TEXT);
		}
		if (text.isEmpty()) {
			return text;
		}
		boolean valid = true;
		JsonNode validate = json.path("validate");
		int length = text.strip().length();
		BigDecimal minLength = conditions.constraint(validate.path("minLength"), scope);
		BigDecimal maxLength = conditions.constraint(validate.path("maxLength"), scope);
		if (minLength != null && length < minLength.doubleValue()) {
			valid = problems.problem(path, "forms.field.minLength", label, minLength.toPlainString());
		}
		if (maxLength != null && length > maxLength.doubleValue()) {
			valid = problems.problem(path, "forms.field.maxLength", label, maxLength.toPlainString());
		}
		String pattern = validate.path("pattern").asText("");
		if (!pattern.isEmpty()) {
			BoundedRegex regex = patterns.apply(pattern);
			if (regex == null || !regex.find(text)) {
				valid = problems.problem(path, "forms.field.pattern", label);
			}
		}
		String validationType = validate.path("validationType").asText("");
		if (validationType.equals("email") && !EMAIL.matcher(text).matches()) {
			valid = problems.problem(path, "forms.field.email", label);
		}
		if (validationType.equals("phone") && !PHONE.matcher(text).matches()) {
			valid = problems.problem(path, "forms.field.phone", label);
		}
		return valid ? text : SubmissionProblems.INVALID;
	}

	private Object number(JsonNode json, Object value, String path, String label, ConditionScope scope) {
		boolean asText = json.path("serializeToString").asBoolean(false);
		BigDecimal number;
		if (value instanceof Number given) {
			number = Values.decimal(given);
		}
		else if (asText && value instanceof String text && Values.NUMERIC_TEXT.matcher(text).matches()) {
			number = new BigDecimal(text);
		}
		else {
			number = null;
		}
		if (number == null || Math.abs(number.scale()) > 1_000 || number.precision() > 1_000) {
			// also keeps arithmetic on absurd BigDecimals (1E-999999999) from eating the
			// server
			return problems.invalid(path, "forms.field.notNumber", label);
		}
		boolean valid = true;
		if (number.signum() != 0) { // like form-js, which skips these checks for 0
			JsonNode decimalDigits = json.path("decimalDigits");
			if (decimalDigits.canConvertToInt() && decimalDigits.asInt() >= 0
					&& Math.max(0, number.stripTrailingZeros().scale()) > decimalDigits.asInt()) {
				valid = decimalDigits.asInt() == 0 ? problems.problem(path, "forms.field.wholeNumber", label)
						: problems.problem(path, "forms.field.decimalDigits", label, decimalDigits.asInt());
			}
			BigDecimal increment = conditions.constraint(json.path("increment"), scope);
			if (increment != null && increment.signum() > 0 && number.remainder(increment).signum() != 0) {
				valid = problems.problem(path, "forms.field.increment", label,
						increment.stripTrailingZeros().toPlainString());
			}
		}
		JsonNode validate = json.path("validate");
		BigDecimal min = conditions.constraint(validate.path("min"), scope);
		BigDecimal max = conditions.constraint(validate.path("max"), scope);
		if (min != null && number.compareTo(min) < 0) {
			valid = problems.problem(path, "forms.field.min", label, min.stripTrailingZeros().toPlainString());
		}
		if (max != null && number.compareTo(max) > 0) {
			valid = problems.problem(path, "forms.field.max", label, max.stripTrailingZeros().toPlainString());
		}
		if (!valid) {
			return SubmissionProblems.INVALID;
		}
		return asText ? number.toPlainString() : Values.storedNumber(number);
	}

	private Object choice(JsonNode json, Object value, String path, String label, ConditionScope scope) {
		if (!Values.isScalar(value) || (value instanceof String text && text.length() > SubmissionCheck.MAX_TEXT)) {
			return problems.invalid(path, "forms.field.notChoice", label);
		}
		if (options(json, scope).stream().noneMatch(option -> Values.same(option, value))) {
			return problems.invalid(path, "forms.field.notOffered", label, shorten(value));
		}
		return value instanceof Number number ? Values.storedNumber(Values.decimal(number)) : value;
	}

	private Object choices(JsonNode json, Object value, String path, String label, ConditionScope scope) {
		if (!(value instanceof List<?> list)) {
			return problems.invalid(path, "forms.field.notList", label);
		}
		if (list.size() > SubmissionCheck.MAX_ITEMS) {
			return problems.invalid(path, "forms.field.tooManyItems", label, SubmissionCheck.MAX_ITEMS);
		}
		List<Object> options = options(json, scope);
		List<Object> stored = new ArrayList<>(list.size());
		boolean valid = true;
		for (int i = 0; i < list.size(); i++) {
			Object item = list.get(i);
			String itemPath = path + "[" + i + "]";
			if (!Values.isScalar(item) || (item instanceof String text && text.length() > SubmissionCheck.MAX_TEXT)) {
				valid = problems.problem(itemPath, "forms.field.notChoice", label);
			}
			else if (options.stream().noneMatch(option -> Values.same(option, item))) {
				valid = problems.problem(itemPath, "forms.field.notOffered", label, shorten(item));
			}
			else {
				stored.add(item instanceof Number number ? Values.storedNumber(Values.decimal(number)) : item);
			}
		}
		return valid ? stored : SubmissionProblems.INVALID;
	}

	/**
	 * The values a choice offers: static {@code values}, or from a variable
	 * ({@code valuesKey}) or FEEL, never from the submission.
	 */
	private List<Object> options(JsonNode json, ConditionScope scope) {
		Object source;
		if (!json.path("valuesKey").asText("").isBlank()) {
			source = current.get(json.path("valuesKey").asText());
		}
		else if (Feel.isExpression(json.path("valuesExpression").asText(null))) {
			source = feel.evaluate(json.path("valuesExpression").asText(), scope.context(true));
		}
		else {
			List<Object> values = new ArrayList<>();
			json.path("values").forEach(option -> values.add(scalar(option.path("value"))));
			return values;
		}
		List<Object> values = new ArrayList<>();
		if (source instanceof List<?> list) {
			for (Object option : list) {
				values.add(option instanceof Map<?, ?> map ? map.get("value") : option);
			}
		}
		return values;
	}

	private Object dateTime(JsonNode json, Object value, String path, String label) {
		String subtype = json.path("subtype").asText("date");
		String example = switch (subtype) {
			case "time" -> "forms.field.notTime";
			case "datetime" -> "forms.field.notDateTime";
			default -> "forms.field.notDate";
		};
		if (!(value instanceof String text) || text.length() > 64) {
			return problems.invalid(path, example, label);
		}
		String datePart;
		switch (subtype) {
			case "time" -> {
				if (!TIME_ONLY.matcher(text).matches()) {
					return problems.invalid(path, example, label);
				}
				return text;
			}
			case "datetime" -> {
				var matcher = DATE_TIME.matcher(text);
				if (!matcher.matches()) {
					return problems.invalid(path, example, label);
				}
				datePart = matcher.group(1);
			}
			default -> {
				if (!DATE.matcher(text).matches()) {
					return problems.invalid(path, example, label);
				}
				datePart = text;
			}
		}
		LocalDate date;
		try {
			date = LocalDate.parse(datePart);
		}
		catch (DateTimeParseException e) {
			return problems.invalid(path, example, label);
		}
		if (json.path("disallowPassedDates").asBoolean(false) && date.isBefore(today)) {
			return problems.invalid(path, "forms.field.pastDate", label);
		}
		return text;
	}

	private static Object scalar(JsonNode node) {
		if (node.isNumber()) {
			return node.decimalValue();
		}
		if (node.isBoolean()) {
			return node.asBoolean();
		}
		return node.isNull() || node.isMissingNode() ? null : node.asText();
	}

	private static String shorten(Object value) {
		String text = String.valueOf(value);
		return text.length() > 100 ? text.substring(0, 100) + "…" : text;
	}

}
