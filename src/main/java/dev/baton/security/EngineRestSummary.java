package dev.baton.security;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What an engine call did, in one line for the ledger: method, path and query, the fields
 * of the JSON body and the names of the variables it sets — never their values, which the
 * ledger keeps only as a hash of the whole body.
 */
final class EngineRestSummary {

	static final int MAX_LENGTH = 1000;

	/** Body fields whose keys are variable names. */
	private static final Set<String> VARIABLE_MAPS = Set.of("variables", "modifications", "processVariables",
			"processVariablesLocal", "processVariablesToTriggeredScope", "localVariables", "correlationKeys",
			"localCorrelationKeys");

	private EngineRestSummary() {
	}

	static String of(String method, String path, String query, JsonNode body) {
		StringBuilder summary = new StringBuilder(method).append(' ').append(EngineRestPath.PREFIX).append(path);
		if (query != null && !query.isBlank()) {
			summary.append('?').append(query);
		}
		if (body != null && body.isObject() && body.size() > 0) {
			List<String> fields = new ArrayList<>();
			List<String> variables = new ArrayList<>();
			for (Iterator<String> names = body.fieldNames(); names.hasNext();) {
				String name = names.next();
				fields.add(name);
				JsonNode value = body.get(name);
				if (VARIABLE_MAPS.contains(name) && value.isObject()) {
					value.fieldNames().forEachRemaining(variables::add);
				}
				if (name.equals("deletions") && value.isArray()) {
					value.forEach(deleted -> variables.add("-" + deleted.asText()));
				}
			}
			summary.append(" fields: ").append(String.join(", ", fields));
			if (!variables.isEmpty()) {
				summary.append("; variables: ").append(String.join(", ", variables));
			}
		}
		return summary.length() <= MAX_LENGTH ? summary.toString() : summary.substring(0, MAX_LENGTH - 1) + "…";
	}

	static String hash(byte[] body) {
		if (body == null || body.length == 0) {
			return null;
		}
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

}
