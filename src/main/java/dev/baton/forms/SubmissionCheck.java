package dev.baton.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.engine.ApprovalVariables;
import dev.baton.forms.FormModel.Component;
import dev.baton.forms.FormModel.Field;
import dev.baton.forms.FormModel.Node;
import dev.baton.forms.FormModel.Obj;
import dev.baton.forms.FormModel.Repeat;
import dev.baton.web.ProblemException.FieldProblem;

/**
 * One check of one submission against one form: walks the form's data shape and the submitted
 * data side by side, collects every problem, and builds the values to store. Not thread-safe;
 * create one per submission.
 */
final class SubmissionCheck {

    static final int MAX_KEYS = 200;
    static final int MAX_TEXT = 10_000;
    static final int MAX_ITEMS = 500;
    /** More problems than this are not listed (the submission is refused all the same). */
    static final int MAX_PROBLEMS = 200;

    private static final Object INVALID = new Object();
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final String TIME = "([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)?";
    private static final Pattern TIME_ONLY = Pattern.compile(TIME);
    private static final Pattern DATE_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T" + TIME);
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+");
    private static final Pattern PHONE = Pattern.compile("(\\+|00)[1-9]\\d{5,20}");
    private static final Pattern NUMERIC_TEXT = Pattern.compile("-?\\d{1,30}(\\.\\d{1,30})?");

    private final FormModel form;
    private final Feel feel;
    private final Function<String, BoundedRegex> patterns;
    private final LocalDate today;
    private final boolean enforceRequired;
    private final Map<String, Object> current;
    private Map<String, Object> merged;
    private final List<FieldProblem> problems = new ArrayList<>();

    SubmissionCheck(FormModel form, Feel feel, Function<String, BoundedRegex> patterns, LocalDate today,
            boolean enforceRequired, Map<String, Object> current) {
        this.form = form;
        this.feel = feel;
        this.patterns = patterns;
        this.today = today;
        this.enforceRequired = enforceRequired;
        this.current = current;
    }

    List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    /** @return the top-level variables to store (plain values), meaningful only when there are no problems */
    Map<String, Object> run(Map<String, Object> submitted) {
        merged = new HashMap<>(current);
        merged.putAll(trusted(form.root, submitted, current));
        for (String key : submitted.keySet()) {
            if (ApprovalVariables.isReserved(key)) {
                problem(key, "forms.field.reserved", key);
            }
        }
        Scope root = new Scope(merged, current, null, List.of());
        return walk(form.root, submitted, current, "", "", root, false, true);
    }

    /** Data seen by conditions: the row (or the whole data) as {@code this}, plus every top-level variable, like form-js. */
    private final class Scope {

        final Map<String, Object> self;
        final Map<String, Object> selfNow;
        final Scope parent;
        final List<Integer> indexes;

        Scope(Map<String, Object> self, Map<String, Object> selfNow, Scope parent, List<Integer> indexes) {
            this.self = self;
            this.selfNow = selfNow;
            this.parent = parent;
            this.indexes = indexes;
        }

        Scope row(Map<String, Object> rowData, Map<String, Object> rowNow, int index) {
            List<Integer> rowIndexes = new ArrayList<>(indexes);
            rowIndexes.add(index + 1);
            return new Scope(rowData, rowNow, this, List.copyOf(rowIndexes));
        }

        /** @param now the variables as they are, without the submission */
        Map<String, Object> context(boolean now) {
            Map<String, Object> thisData = now ? selfNow : self;
            Map<String, Object> parentData = parent == null ? null : now ? parent.selfNow : parent.self;
            Map<String, Object> context = new HashMap<>();
            context.put("this", thisData);
            context.put("parent", parentData);
            context.put("i", indexes);
            context.putAll(now ? current : merged);
            context.put("_this_", thisData);
            context.put("_parent_", parentData);
            context.put("_i_", indexes);
            return context;
        }
    }

    private record Computed(String name, Field field) {
    }

    /**
     * Checks one object of the data against one object of the form.
     *
     * @param sub       what was submitted for it, or null when it was not sent
     * @param now       what the request holds for it now, or null
     * @param rowLabel  appended to labels inside list rows (" #3")
     * @param protectedAbove inside a read-only list or group
     * @param top       the top level, where values are process variables
     * @return the object to store
     */
    private Map<String, Object> walk(Obj node, Map<String, Object> sub, Map<String, Object> now, String path,
            String rowLabel, Scope scope, boolean protectedAbove, boolean top) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (sub != null) {
            for (String key : sub.keySet()) {
                if (!node.members.containsKey(key) && !(top && ApprovalVariables.isReserved(key))) {
                    problem(join(path, key), "forms.field.unknown", join(path, key));
                }
            }
        }
        List<Computed> computed = new ArrayList<>();
        for (Map.Entry<String, Node> entry : node.members.entrySet()) {
            String name = entry.getKey();
            if (top && ApprovalVariables.isReserved(name)) {
                continue; // a form may not bind the engine's own variables: never stored, computed or required
            }
            String fieldPath = join(path, name);
            boolean present = sub != null && sub.containsKey(name);
            Object value = present ? sub.get(name) : null;
            boolean nowPresent = now != null && now.containsKey(name);
            Object nowValue = now == null ? null : now.get(name);
            Node member = entry.getValue();
            if (member instanceof Field field) {
                if (field.computed()) {
                    if (!hidden(field.containers(), field.component(), scope)) {
                        computed.add(new Computed(name, field));
                    }
                    continue;
                }
                field(field, present, value, nowPresent, nowValue, fieldPath, rowLabel, scope, protectedAbove, top, out,
                        name);
            } else if (member instanceof Repeat repeat) {
                repeat(repeat, present, value, nowValue, fieldPath, rowLabel, scope, protectedAbove, top, out, name);
            } else if (member instanceof Obj obj) {
                object(obj, present, value, nowValue, fieldPath, rowLabel, scope, protectedAbove, top, out, name);
            }
        }
        for (Computed field : computed) {
            Map<String, Object> data = new HashMap<>(now == null ? Map.of() : now);
            data.putAll(out);
            Scope computeScope = top ? new Scope(data, current, null, List.of())
                    : new Scope(data, now == null ? Map.of() : now, scope.parent, scope.indexes);
            Map<String, Object> context = computeScope.context(false);
            if (top) {
                context.putAll(data);
            }
            String expression = field.field().component().json().path("expression").asText("");
            out.put(field.name(), Feel.isExpression(expression) ? feel.evaluate(expression, context) : null);
        }
        return out;
    }

    private void field(Field field, boolean present, Object value, boolean nowPresent, Object nowValue, String path,
            String rowLabel, Scope scope, boolean protectedAbove, boolean top, Map<String, Object> out, String name) {
        Component component = field.component();
        String label = component.label() + rowLabel;
        if (hidden(field.containers(), component, scope)) {
            return; // form-js does not submit hidden fields: dropped, not required
        }
        if (!field.supported()) {
            if (present) {
                problem(path, "forms.field.unsupported", label);
            }
            return;
        }
        if (protectedAbove || isProtected(field.containers(), component, scope)) {
            if (present && !Values.same(value, nowValue)) {
                problem(path, "forms.field.readonly", label);
            }
            if (!top && nowPresent) {
                out.put(name, nowValue); // a row keeps what it holds; a top-level variable is simply not written
            }
            return;
        }
        Object stored = present ? value(field, value, path, label, scope) : INVALID;
        if (present && stored != INVALID) {
            out.put(name, stored);
        }
        if (enforceRequired && (!present || stored != INVALID) && required(component, scope)) {
            boolean checkbox = component.type().equals("checkbox");
            if (Values.isMissing(present ? value : nowValue, checkbox)) {
                problem(path, checkbox ? "forms.field.mustBeChecked" : "forms.field.required", label);
            }
        }
    }

    private void repeat(Repeat repeat, boolean present, Object value, Object nowValue, String path, String rowLabel,
            Scope scope, boolean protectedAbove, boolean top, Map<String, Object> out, String name) {
        Component component = repeat.component();
        String label = component.label() + rowLabel;
        if (!present || hidden(repeat.containers(), component, scope)) {
            return; // a list that is not sent keeps its rows; a hidden one is dropped
        }
        boolean isProtected = protectedAbove || isProtected(repeat.containers(), component, scope);
        List<?> nowList = nowValue instanceof List<?> list ? list : null;
        if (value == null) {
            if (isProtected && !Values.same(null, nowValue)) {
                problem(path, "forms.field.readonly", label);
            } else if (!isProtected) {
                out.put(name, null);
            }
            return;
        }
        if (!(value instanceof List<?> list)) {
            problem(path, "forms.field.notList", label);
            return;
        }
        if (list.size() > MAX_ITEMS) {
            problem(path, "forms.field.tooManyItems", label, MAX_ITEMS);
            return;
        }
        if (nowList != null && list.size() != nowList.size()) {
            if (isProtected) {
                problem(path, "forms.field.readonly", label);
            } else if (!component.json().path("allowAddRemove").asBoolean(false)) {
                problem(path, "forms.field.fixedRows", label, nowList.size());
            }
        }
        List<Object> rows = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            String rowPath = path + "[" + i + "]";
            String thisRowLabel = rowLabel + " #" + (i + 1);
            if (!(list.get(i) instanceof Map<?, ?> item)) {
                problem(rowPath, "forms.field.notGroup", label + " #" + (i + 1));
                continue;
            }
            if (item.size() > MAX_KEYS) {
                problem(rowPath, "forms.field.tooManyFields", label + " #" + (i + 1), MAX_KEYS);
                continue;
            }
            Map<String, Object> row = stringKeys(item);
            Map<String, Object> nowRow = nowList != null && i < nowList.size()
                    && nowList.get(i) instanceof Map<?, ?> nowItem ? stringKeys(nowItem) : null;
            Map<String, Object> rowData = new HashMap<>(nowRow == null ? Map.of() : nowRow);
            rowData.putAll(trusted(repeat.row(), row, nowRow));
            Scope rowScope = scope.row(rowData, nowRow == null ? Map.of() : nowRow, i);
            rows.add(walk(repeat.row(), row, nowRow, rowPath, thisRowLabel, rowScope, isProtected, false));
        }
        if (top && (isProtected || !repeat.writable())) {
            return; // nothing in it may change: the variable is left as it is
        }
        out.put(name, rows);
    }

    private void object(Obj obj, boolean present, Object value, Object nowValue, String path, String rowLabel,
            Scope scope, boolean protectedAbove, boolean top, Map<String, Object> out, String name) {
        Map<String, Object> nowMap = nowValue instanceof Map<?, ?> map ? stringKeys(map) : null;
        if (!present) {
            walk(obj, null, nowMap, path, rowLabel, scope, protectedAbove, false); // required fields inside
            return;
        }
        if (!(value instanceof Map<?, ?> map)) {
            problem(path, "forms.field.notGroup", path);
            return;
        }
        if (map.size() > MAX_KEYS) {
            problem(path, "forms.field.tooManyFields", path, MAX_KEYS);
            return;
        }
        Map<String, Object> inner = walk(obj, stringKeys(map), nowMap, path, rowLabel, scope, protectedAbove, false);
        if (top && !obj.writable()) {
            return;
        }
        if (!inner.isEmpty() || map.isEmpty()) {
            out.put(name, inner);
        }
    }

    /**
     * The submission as conditions and computed fields may see it: what the client cannot change
     * (read-only, disabled and computed fields) and keys the form does not know are taken from the
     * current variables, so that a value that will be refused or dropped anyway cannot hide a
     * required field on its way out.
     */
    private static Map<String, Object> trusted(Obj node, Map<String, Object> sub, Map<String, Object> now) {
        Map<String, Object> trusted = new HashMap<>();
        for (Map.Entry<String, Object> entry : sub.entrySet()) {
            String name = entry.getKey();
            Node member = node.members.get(name);
            Object value = entry.getValue();
            Object nowValue = now == null ? null : now.get(name);
            if (member instanceof Field field) {
                boolean fixed = field.computed() || field.component().alwaysProtected()
                        || field.containers().stream().anyMatch(Component::alwaysProtected);
                if (!fixed) {
                    trusted.put(name, value);
                } else if (now != null && now.containsKey(name)) {
                    trusted.put(name, nowValue);
                }
            } else if (member instanceof Obj obj && value instanceof Map<?, ?> map) {
                trusted.put(name, trusted(obj, stringKeys(map), nowValue instanceof Map<?, ?> nowMap ? stringKeys(nowMap) : null));
            } else if (member instanceof Repeat repeat && value instanceof List<?> list && list.size() <= MAX_ITEMS) {
                List<?> nowList = nowValue instanceof List<?> l ? l : List.of();
                List<Object> rows = new ArrayList<>(list.size());
                for (int i = 0; i < list.size(); i++) {
                    Map<String, Object> nowRow = i < nowList.size() && nowList.get(i) instanceof Map<?, ?> m ? stringKeys(m) : null;
                    rows.add(list.get(i) instanceof Map<?, ?> row ? trusted(repeat.row(), stringKeys(row), nowRow) : list.get(i));
                }
                trusted.put(name, rows);
            } else if (member != null) {
                trusted.put(name, value);
            }
        }
        return trusted;
    }

    // ---- values ------------------------------------------------------------------------------

    private Object value(Field field, Object value, String path, String label, Scope scope) {
        if (value == null) {
            return null; // clears an optional field; required is checked separately
        }
        JsonNode json = field.component().json();
        return switch (field.component().type()) {
            case "textfield", "textarea" -> text(json, value, path, label, scope);
            case "number" -> number(json, value, path, label, scope);
            case "checkbox" -> value instanceof Boolean ? value : invalid(path, "forms.field.notBoolean", label);
            case "select", "radio" -> choice(json, value, path, label, scope);
            case "checklist", "taglist" -> choices(json, value, path, label, scope);
            case "datetime" -> dateTime(json, value, path, label);
            default -> invalid(path, "forms.field.unsupported", label);
        };
    }

    private Object text(JsonNode json, Object value, String path, String label, Scope scope) {
        if (!(value instanceof String text)) {
            return invalid(path, "forms.field.notText", label);
        }
        if (text.length() > MAX_TEXT) {
            return invalid(path, "forms.field.tooLong", label, MAX_TEXT);
        }
        if (text.isEmpty()) {
            return text;
        }
        boolean valid = true;
        JsonNode validate = json.path("validate");
        int length = text.strip().length();
        BigDecimal minLength = constraint(validate.path("minLength"), scope);
        BigDecimal maxLength = constraint(validate.path("maxLength"), scope);
        if (minLength != null && length < minLength.doubleValue()) {
            valid = problem(path, "forms.field.minLength", label, minLength.toPlainString());
        }
        if (maxLength != null && length > maxLength.doubleValue()) {
            valid = problem(path, "forms.field.maxLength", label, maxLength.toPlainString());
        }
        String pattern = validate.path("pattern").asText("");
        if (!pattern.isEmpty()) {
            BoundedRegex regex = patterns.apply(pattern);
            if (regex == null || !regex.find(text)) {
                valid = problem(path, "forms.field.pattern", label);
            }
        }
        String validationType = validate.path("validationType").asText("");
        if (validationType.equals("email") && !EMAIL.matcher(text).matches()) {
            valid = problem(path, "forms.field.email", label);
        }
        if (validationType.equals("phone") && !PHONE.matcher(text).matches()) {
            valid = problem(path, "forms.field.phone", label);
        }
        return valid ? text : INVALID;
    }

    private Object number(JsonNode json, Object value, String path, String label, Scope scope) {
        boolean asText = json.path("serializeToString").asBoolean(false);
        BigDecimal number;
        if (value instanceof Number given) {
            number = Values.decimal(given);
        } else if (asText && value instanceof String text && NUMERIC_TEXT.matcher(text).matches()) {
            number = new BigDecimal(text);
        } else {
            number = null;
        }
        if (number == null || Math.abs(number.scale()) > 1_000 || number.precision() > 1_000) {
            // also keeps arithmetic on absurd BigDecimals (1E-999999999) from eating the server
            return invalid(path, "forms.field.notNumber", label);
        }
        boolean valid = true;
        if (number.signum() != 0) { // like form-js, which skips these checks for 0
            JsonNode decimalDigits = json.path("decimalDigits");
            if (decimalDigits.canConvertToInt() && decimalDigits.asInt() >= 0
                    && Math.max(0, number.stripTrailingZeros().scale()) > decimalDigits.asInt()) {
                valid = decimalDigits.asInt() == 0 ? problem(path, "forms.field.wholeNumber", label)
                        : problem(path, "forms.field.decimalDigits", label, decimalDigits.asInt());
            }
            BigDecimal increment = constraint(json.path("increment"), scope);
            if (increment != null && increment.signum() > 0 && number.remainder(increment).signum() != 0) {
                valid = problem(path, "forms.field.increment", label, increment.stripTrailingZeros().toPlainString());
            }
        }
        JsonNode validate = json.path("validate");
        BigDecimal min = constraint(validate.path("min"), scope);
        BigDecimal max = constraint(validate.path("max"), scope);
        if (min != null && number.compareTo(min) < 0) {
            valid = problem(path, "forms.field.min", label, min.stripTrailingZeros().toPlainString());
        }
        if (max != null && number.compareTo(max) > 0) {
            valid = problem(path, "forms.field.max", label, max.stripTrailingZeros().toPlainString());
        }
        if (!valid) {
            return INVALID;
        }
        return asText ? number.toPlainString() : Values.storedNumber(number);
    }

    private Object choice(JsonNode json, Object value, String path, String label, Scope scope) {
        if (!Values.isScalar(value) || (value instanceof String text && text.length() > MAX_TEXT)) {
            return invalid(path, "forms.field.notChoice", label);
        }
        if (options(json, scope).stream().noneMatch(option -> Values.same(option, value))) {
            return invalid(path, "forms.field.notOffered", label, shorten(value));
        }
        return value instanceof Number number ? Values.storedNumber(Values.decimal(number)) : value;
    }

    private Object choices(JsonNode json, Object value, String path, String label, Scope scope) {
        if (!(value instanceof List<?> list)) {
            return invalid(path, "forms.field.notList", label);
        }
        if (list.size() > MAX_ITEMS) {
            return invalid(path, "forms.field.tooManyItems", label, MAX_ITEMS);
        }
        List<Object> options = options(json, scope);
        List<Object> stored = new ArrayList<>(list.size());
        boolean valid = true;
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            String itemPath = path + "[" + i + "]";
            if (!Values.isScalar(item) || (item instanceof String text && text.length() > MAX_TEXT)) {
                valid = problem(itemPath, "forms.field.notChoice", label);
            } else if (options.stream().noneMatch(option -> Values.same(option, item))) {
                valid = problem(itemPath, "forms.field.notOffered", label, shorten(item));
            } else {
                stored.add(item instanceof Number number ? Values.storedNumber(Values.decimal(number)) : item);
            }
        }
        return valid ? stored : INVALID;
    }

    /** The values a choice offers: static {@code values}, or from a variable ({@code valuesKey}) or FEEL, never from the submission. */
    private List<Object> options(JsonNode json, Scope scope) {
        Object source;
        if (!json.path("valuesKey").asText("").isBlank()) {
            source = current.get(json.path("valuesKey").asText());
        } else if (Feel.isExpression(json.path("valuesExpression").asText(null))) {
            source = feel.evaluate(json.path("valuesExpression").asText(), scope.context(true));
        } else {
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
            return invalid(path, example, label);
        }
        String datePart;
        switch (subtype) {
            case "time" -> {
                if (!TIME_ONLY.matcher(text).matches()) {
                    return invalid(path, example, label);
                }
                return text;
            }
            case "datetime" -> {
                var matcher = DATE_TIME.matcher(text);
                if (!matcher.matches()) {
                    return invalid(path, example, label);
                }
                datePart = matcher.group(1);
            }
            default -> {
                if (!DATE.matcher(text).matches()) {
                    return invalid(path, example, label);
                }
                datePart = text;
            }
        }
        LocalDate date;
        try {
            date = LocalDate.parse(datePart);
        } catch (DateTimeParseException e) {
            return invalid(path, example, label);
        }
        if (json.path("disallowPassedDates").asBoolean(false) && date.isBefore(today)) {
            return invalid(path, "forms.field.pastDate", label);
        }
        return text;
    }

    // ---- conditions ----------------------------------------------------------------------------

    private boolean hidden(List<Component> containers, Component component, Scope scope) {
        for (Component container : containers) {
            if (hides(container, scope)) {
                return true;
            }
        }
        return hides(component, scope);
    }

    private boolean hides(Component component, Scope scope) {
        return component.hide() != null && feel.test(component.hide(), scope.context(false));
    }

    private boolean isProtected(List<Component> containers, Component component, Scope scope) {
        for (Component container : containers) {
            if (readonly(container, scope)) {
                return true;
            }
        }
        return readonly(component, scope);
    }

    /** Read-only when it says so, or when its FEEL says so over the data as it is or as it would be. */
    private boolean readonly(Component component, Scope scope) {
        if (component.alwaysProtected()) {
            return true;
        }
        JsonNode readonly = component.readonly();
        if (readonly.isTextual() && Feel.isExpression(readonly.asText())) {
            return Boolean.TRUE.equals(feel.evaluate(readonly.asText(), scope.context(false)))
                    || Boolean.TRUE.equals(feel.evaluate(readonly.asText(), scope.context(true)));
        }
        return false;
    }

    private boolean required(Component component, Scope scope) {
        JsonNode required = component.json().path("validate").path("required");
        if (required.isBoolean()) {
            return required.asBoolean();
        }
        return required.isTextual() && Feel.isExpression(required.asText())
                && Boolean.TRUE.equals(feel.evaluate(required.asText(), scope.context(false)));
    }

    /** A numeric setting: a JSON number, numeric text ("0.5"), or a FEEL expression giving a number. */
    private BigDecimal constraint(JsonNode setting, Scope scope) {
        if (setting.isNumber()) {
            return setting.decimalValue();
        }
        if (setting.isTextual()) {
            String text = setting.asText().strip();
            if (Feel.isExpression(text)) {
                return feel.evaluate(text, scope.context(false)) instanceof Number number ? Values.decimal(number) : null;
            }
            if (NUMERIC_TEXT.matcher(text).matches()) {
                return new BigDecimal(text);
            }
        }
        return null;
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static Object scalar(JsonNode node) {
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        return node.isNull() || node.isMissingNode() ? null : node.asText();
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> copy.put(String.valueOf(key), value));
        return copy;
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String shorten(Object value) {
        String text = String.valueOf(value);
        return text.length() > 100 ? text.substring(0, 100) + "…" : text;
    }

    private Object invalid(String path, String key, Object... arguments) {
        problem(path, key, arguments);
        return INVALID;
    }

    /** Records a problem; always false, so checks can write {@code valid = problem(...)}. */
    private boolean problem(String path, String key, Object... arguments) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(new FieldProblem(path, key, arguments));
        }
        return false;
    }
}
