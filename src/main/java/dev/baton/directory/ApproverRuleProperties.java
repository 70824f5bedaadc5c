package dev.baton.directory;

import static dev.baton.directory.ApproverRule.APPROVER;
import static dev.baton.directory.ApproverRule.DEPARTMENT;
import static dev.baton.directory.ApproverRule.FIELD;
import static dev.baton.directory.ApproverRule.IF_INITIATOR;
import static dev.baton.directory.ApproverRule.IF_NONE;
import static dev.baton.directory.ApproverRule.IF_REPEATED;
import static dev.baton.directory.ApproverRule.LEVEL;
import static dev.baton.directory.ApproverRule.MAX_LEVEL;
import static dev.baton.directory.ApproverRule.PREFIX;
import static dev.baton.directory.ApproverRule.PROPERTY_KEYS;
import static dev.baton.directory.ApproverRule.ROLE;
import static dev.baton.directory.ApproverRule.UNTIL_ROLE;
import static dev.baton.directory.ApproverRule.USERS;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import dev.baton.directory.ApproverRule.IfInitiator;
import dev.baton.directory.ApproverRule.IfNone;
import dev.baton.directory.ApproverRule.IfRepeated;
import dev.baton.directory.ApproverRule.Kind;

/**
 * An {@link ApproverRule} as the Camunda extension properties a user task carries:
 * reading them (trimmed, case-insensitive, every bad or unknown {@code baton.*} property
 * named) and writing a rule back so that reading gives an equal rule. The rule itself
 * checks what fits together.
 */
final class ApproverRuleProperties {

	/** Properties of a step that another feature reads: the step's deadline. */
	static final String OTHER_FEATURE_PREFIX = "baton.deadline.";

	private ApproverRuleProperties() {
	}

	static ApproverRule read(Map<String, String> props) {
		Map<String, String> baton = new LinkedHashMap<>();
		if (props != null) {
			props.forEach((key, value) -> {
				// baton.deadline.* belong to the step's deadline, not to its approvers
				if (key != null && key.startsWith(PREFIX) && !key.startsWith(OTHER_FEATURE_PREFIX)) {
					if (!PROPERTY_KEYS.contains(key)) {
						throw new ApproverRuleException(key, value,
								"Unknown property '" + key + "'; an approver rule understands "
										+ String.join(", ", PROPERTY_KEYS.stream().sorted().toList()));
					}
					baton.put(key, value);
				}
			});
		}
		Kind kind = parseEnum(baton, APPROVER, Kind.class, null);
		if (kind == null) {
			throw ApproverRuleException.missing(APPROVER);
		}
		for (String key : baton.keySet()) {
			if (!ApproverRule.applicableKeys(kind).contains(key)) {
				throw ApproverRule.notApplicable(kind, key, baton.get(key));
			}
		}
		return new ApproverRule(kind, parseUsers(baton), parseText(baton, ROLE), parseLevel(baton),
				parseText(baton, UNTIL_ROLE), parseText(baton, FIELD), parseText(baton, DEPARTMENT),
				parseEnum(baton, IF_NONE, IfNone.class, IfNone.ADMIN),
				parseEnum(baton, IF_INITIATOR, IfInitiator.class, IfInitiator.MANAGER),
				parseEnum(baton, IF_REPEATED, IfRepeated.class, IfRepeated.AUTO_APPROVE));
	}

	static Map<String, String> write(ApproverRule rule) {
		Map<String, String> props = new LinkedHashMap<>();
		props.put(APPROVER, rule.kind().propertyValue());
		if (!rule.users().isEmpty()) {
			props.put(USERS, String.join(",", rule.users()));
		}
		putIfPresent(props, ROLE, rule.role());
		if (rule.level() != 0) {
			props.put(LEVEL, String.valueOf(rule.level()));
		}
		putIfPresent(props, UNTIL_ROLE, rule.untilRole());
		putIfPresent(props, FIELD, rule.field());
		putIfPresent(props, DEPARTMENT, rule.department());
		props.put(IF_NONE, rule.ifNone().propertyValue());
		props.put(IF_INITIATOR, rule.ifInitiator().propertyValue());
		props.put(IF_REPEATED, rule.ifRepeated().propertyValue());
		return props;
	}

	/** An enum constant as a property value: its name in lower case with dashes. */
	static String valueOf(Enum<?> constant) {
		return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	private static void putIfPresent(Map<String, String> props, String key, String value) {
		if (value != null) {
			props.put(key, value);
		}
	}

	private static List<String> parseUsers(Map<String, String> props) {
		String value = props.get(USERS);
		if (value == null) {
			return List.of();
		}
		List<String> users = ApproverRule.trimmedDistinct(Arrays.asList(value.split(",")));
		if (users.isEmpty()) {
			throw ApproverRuleException.badValue(USERS, value, "a comma-separated list of user ids");
		}
		return users;
	}

	private static String parseText(Map<String, String> props, String key) {
		String value = props.get(key);
		if (value != null && value.isBlank()) {
			throw ApproverRuleException.badValue(key, value, "not blank");
		}
		return value == null ? null : value.trim();
	}

	private static int parseLevel(Map<String, String> props) {
		String value = props.get(LEVEL);
		if (value == null) {
			return 0;
		}
		try {
			int level = Integer.parseInt(value.trim());
			if (level >= 1 && level <= MAX_LEVEL) {
				return level;
			}
		}
		catch (NumberFormatException e) {
			// reported below
		}
		throw ApproverRuleException.badValue(LEVEL, value, "a whole number from 1 to " + MAX_LEVEL);
	}

	private static <E extends Enum<E>> E parseEnum(Map<String, String> props, String key, Class<E> type, E fallback) {
		String value = props.get(key);
		if (value == null) {
			return fallback;
		}
		String wanted = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(wanted)) {
				return constant;
			}
		}
		List<String> allowed = Stream.of(type.getEnumConstants()).map(ApproverRuleProperties::valueOf).toList();
		throw ApproverRuleException.badValue(key, value, "one of " + String.join(", ", allowed));
	}

}
