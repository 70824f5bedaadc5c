package dev.baton.forms;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.baton.engine.ApprovalVariables;
import dev.baton.web.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * TEMPORARY stand-in until the forms module validates submissions against the deployed form-js
 * schema: it only refuses engine-owned variable names, names that are not plain identifiers and
 * values that are not plain JSON (strings, numbers, booleans, null, lists, objects; at most
 * {@value #MAX_DEPTH} levels deep). It does NOT check fields against the form. Delete this file
 * when the real {@link SubmissionValidator} lands.
 */
@Component
class PermissiveSubmissionValidator implements SubmissionValidator {

    private static final int MAX_DEPTH = 5;
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");
    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    @Override
    public ValidatedSubmission validateStart(String processDefinitionId, Map<String, Object> data) {
        Map<String, Object> submitted = data == null ? Map.of() : data;
        List<ProblemException.FieldProblem> problems = new ArrayList<>();
        Map<String, Object> variables = new LinkedHashMap<>();
        for (Map.Entry<String, Object> field : submitted.entrySet()) {
            String name = field.getKey();
            if (ApprovalVariables.isReserved(name)) {
                problems.add(new ProblemException.FieldProblem(name, "request.data.reserved"));
            } else if (name == null || !NAME.matcher(name).matches()) {
                problems.add(new ProblemException.FieldProblem(String.valueOf(name), "validation.pattern"));
            } else {
                try {
                    variables.put(name, plain(field.getValue(), 1));
                } catch (IllegalArgumentException notPlain) {
                    problems.add(new ProblemException.FieldProblem(name, "request.data.notPlain"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "error.invalidFields", problems);
        }
        return new ValidatedSubmission(variables, hash(variables));
    }

    private static Object plain(Object value, int depth) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Long || value instanceof Double) {
            return value;
        }
        if (value instanceof Short || value instanceof Byte) {
            return ((Number) value).intValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof BigInteger big) {
            return big.bitLength() < 64 ? big.longValue() : big.doubleValue();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.doubleValue();
        }
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("nested too deep");
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (Object element : list) {
                copy.add(plain(element, depth + 1));
            }
            return copy;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key) || !NAME.matcher(key).matches()) {
                    throw new IllegalArgumentException("not a plain key");
                }
                copy.put(key, plain(entry.getValue(), depth + 1));
            }
            return copy;
        }
        throw new IllegalArgumentException("not plain JSON: " + value.getClass().getName());
    }

    private static String hash(Map<String, Object> variables) {
        try {
            byte[] canonical = CANONICAL.writeValueAsString(variables).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
