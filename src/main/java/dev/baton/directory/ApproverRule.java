package dev.baton.directory;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who approves a user task, as data: Baton's declarative approver rule. A designer never
 * writes code or expressions for this; the rule lives in Camunda extension properties on
 * the user task:
 *
 * <pre>{@code
 * <camunda:properties>
 *   <camunda:property name="baton.approver" value="manager-chain"/>
 *   <camunda:property name="baton.until-role" value="general-manager"/>
 *   <camunda:property name="baton.if-none" value="admin"/>
 * </camunda:properties>
 * }</pre>
 *
 * <table>
 * <caption>Properties</caption>
 * <tr>
 * <th>property</th>
 * <th>value</th>
 * </tr>
 * <tr>
 * <td>{@code baton.approver}</td>
 * <td>required: {@code users}, {@code role}, {@code department-role}, {@code manager},
 * {@code department-head}, {@code form-department-head}, {@code manager-chain},
 * {@code form-user} (see {@link Kind})</td>
 * </tr>
 * <tr>
 * <td>{@code baton.users}</td>
 * <td>comma-separated user ids ({@code users} only, required)</td>
 * </tr>
 * <tr>
 * <td>{@code baton.role}</td>
 * <td>role id ({@code role} and {@code department-role}, required)</td>
 * </tr>
 * <tr>
 * <td>{@code baton.level}</td>
 * <td>whole number 1..10: {@code manager}: the Nth-level manager (default 1);
 * {@code manager-chain}: at most this many managers</td>
 * </tr>
 * <tr>
 * <td>{@code baton.until-role}</td>
 * <td>role id ({@code manager-chain}: stop after the first manager holding it); a chain
 * needs a level, an until-role, or both</td>
 * </tr>
 * <tr>
 * <td>{@code baton.department}</td>
 * <td>department id ({@code department-head} and {@code department-role}, optional): that
 * department instead of the initiator's</td>
 * </tr>
 * <tr>
 * <td>{@code baton.field}</td>
 * <td>form field key ({@code form-user} and {@code form-department-head}, required)</td>
 * </tr>
 * <tr>
 * <td>{@code baton.if-none}</td>
 * <td>{@code skip} | {@code admin} (default) | {@code fail}</td>
 * </tr>
 * <tr>
 * <td>{@code baton.if-initiator}</td>
 * <td>{@code skip} | {@code manager} (default) | {@code allow}</td>
 * </tr>
 * <tr>
 * <td>{@code baton.if-repeated}</td>
 * <td>{@code auto-approve} (default) | {@code approve-again}</td>
 * </tr>
 * </table>
 *
 * Values are trimmed and case-insensitive. Every other {@code baton.*} property, a
 * property that does not apply to the chosen kind, a missing required property and a bad
 * number are errors ({@link ApproverRuleException} names the property and the value).
 * Properties outside {@code baton.*} are not this rule's business and are ignored.
 *
 * @param kind how approvers are found
 * @param users {@link Kind#USERS}: the user ids; empty for every other kind
 * @param role {@link Kind#ROLE}, {@link Kind#DEPARTMENT_ROLE}: the role id; otherwise
 * {@code null}
 * @param level {@link Kind#MANAGER}: which manager (1 = direct, default);
 * {@link Kind#MANAGER_CHAIN}: the longest chain, 0 = no level limit (then
 * {@code untilRole} is set); otherwise 0
 * @param untilRole {@link Kind#MANAGER_CHAIN}: stop after the first manager holding this
 * role, or {@code null}
 * @param field {@link Kind#FORM_USER}, {@link Kind#FORM_DEPARTMENT_HEAD}: the form field
 * key; otherwise {@code null}
 * @param department {@link Kind#DEPARTMENT_HEAD}, {@link Kind#DEPARTMENT_ROLE}: a fixed
 * department to use instead of the initiator's, or {@code null}; otherwise {@code null}
 * @param ifNone what happens when the rule finds nobody
 * @param ifInitiator what happens when the initiator is among the approvers
 * @param ifRepeated what happens to an approver who approved the step just before
 */
public record ApproverRule(Kind kind, List<String> users, String role, int level, String untilRole, String field,
		String department, IfNone ifNone, IfInitiator ifInitiator, IfRepeated ifRepeated) {

	public static final String PREFIX = "baton.";

	public static final String APPROVER = "baton.approver";

	public static final String USERS = "baton.users";

	public static final String ROLE = "baton.role";

	public static final String LEVEL = "baton.level";

	public static final String UNTIL_ROLE = "baton.until-role";

	public static final String FIELD = "baton.field";

	public static final String DEPARTMENT = "baton.department";

	public static final String IF_NONE = "baton.if-none";

	public static final String IF_INITIATOR = "baton.if-initiator";

	public static final String IF_REPEATED = "baton.if-repeated";

	/** Every property key an approver rule understands. */
	public static final Set<String> PROPERTY_KEYS = Set.of(APPROVER, USERS, ROLE, LEVEL, UNTIL_ROLE, FIELD, DEPARTMENT,
			IF_NONE, IF_INITIATOR, IF_REPEATED);

	/**
	 * Highest manager level a rule may name: deeper organisations are not what Baton is
	 * for.
	 */
	public static final int MAX_LEVEL = 10;

	/**
	 * How approvers are found; each value's property value is its name in lower case with
	 * dashes.
	 */
	public enum Kind {

		/** {@code users}: the users listed in {@code baton.users}. */
		USERS,
		/** {@code role}: every active holder of {@code baton.role}. */
		ROLE,
		/**
		 * {@code department-role}: the holders of {@code baton.role} in the initiator's
		 * department (or in {@code baton.department}); if it has none, in its parent, and
		 * so on up the tree.
		 */
		DEPARTMENT_ROLE,
		/**
		 * {@code manager}: the initiator's manager, {@code baton.level} times up (default
		 * 1). A person's manager is their {@code managerId}; without one, the head of
		 * their department, or when they are that head (or it has none), the head of the
		 * nearest department above.
		 */
		MANAGER,
		/**
		 * {@code department-head}: the head of the initiator's department; when the
		 * initiator is that head (or the department has none), the head of the nearest
		 * department above. With {@code baton.department}: the head of that department
		 * (or of the nearest one above with a head).
		 */
		DEPARTMENT_HEAD,
		/**
		 * {@code form-department-head}: the head of the department whose id is in form
		 * field {@code baton.field} (or of the nearest department above it, when it has
		 * no head).
		 */
		FORM_DEPARTMENT_HEAD,
		/**
		 * {@code manager-chain}: the initiator's managers from the direct one upward, one
		 * each in order, until {@code baton.level} managers or up to and including the
		 * first active manager holding {@code baton.until-role}, whichever comes first. A
		 * chain that reaches the top of the organisation first is simply shorter.
		 */
		MANAGER_CHAIN,
		/**
		 * {@code form-user}: the user id, or list of user ids, in form field
		 * {@code baton.field}.
		 */
		FORM_USER;

		public String propertyValue() {
			return ApproverRuleProperties.valueOf(this);
		}

	}

	/** What happens when the rule finds no active approver. */
	public enum IfNone {

		/** The step is skipped, as if approved. */
		SKIP,
		/** The step goes to every active administrator (default). */
		ADMIN,
		/** The request stops with an incident naming the rule and what was missing. */
		FAIL;

		public String propertyValue() {
			return ApproverRuleProperties.valueOf(this);
		}

	}

	/** What happens when the initiator would approve their own request. */
	public enum IfInitiator {

		/**
		 * The initiator is left out; if they were the only approver, the step is skipped.
		 */
		SKIP,
		/**
		 * The initiator's own manager approves instead, unless already among the
		 * approvers (default).
		 */
		MANAGER,
		/** The initiator approves their own request. */
		ALLOW;

		public String propertyValue() {
			return ApproverRuleProperties.valueOf(this);
		}

	}

	/** What happens to an approver who also approved the step just before. */
	public enum IfRepeated {

		/**
		 * Their approval is recorded automatically; they are not asked twice (default).
		 */
		AUTO_APPROVE,
		/** They are asked again. */
		APPROVE_AGAIN;

		public String propertyValue() {
			return ApproverRuleProperties.valueOf(this);
		}

	}

	/**
	 * Checks the rule as {@link #fromProperties} would, fills the defaults
	 * ({@code ifNone} ADMIN, {@code ifInitiator} MANAGER, {@code ifRepeated}
	 * AUTO_APPROVE, level 1 for {@link Kind#MANAGER}) and trims the values.
	 * @throws ApproverRuleException naming the property that is missing, wrong or does
	 * not apply
	 */
	public ApproverRule {
		if (kind == null) {
			throw ApproverRuleException.missing(APPROVER);
		}
		users = users == null ? List.of() : trimmedDistinct(users);
		role = blankToNull(role);
		untilRole = blankToNull(untilRole);
		field = blankToNull(field);
		department = blankToNull(department);
		ifNone = ifNone == null ? IfNone.ADMIN : ifNone;
		ifInitiator = ifInitiator == null ? IfInitiator.MANAGER : ifInitiator;
		ifRepeated = ifRepeated == null ? IfRepeated.AUTO_APPROVE : ifRepeated;
		if (kind == Kind.MANAGER && level == 0) {
			level = 1;
		}

		Set<String> applicable = applicableKeys(kind);
		rejectIfNotApplicable(kind, applicable, USERS, users.isEmpty() ? null : String.join(",", users));
		rejectIfNotApplicable(kind, applicable, ROLE, role);
		rejectIfNotApplicable(kind, applicable, LEVEL, level == 0 ? null : String.valueOf(level));
		rejectIfNotApplicable(kind, applicable, UNTIL_ROLE, untilRole);
		rejectIfNotApplicable(kind, applicable, FIELD, field);
		rejectIfNotApplicable(kind, applicable, DEPARTMENT, department);
		if (level < 0 || level > MAX_LEVEL) {
			throw ApproverRuleException.badValue(LEVEL, String.valueOf(level), "a whole number from 1 to " + MAX_LEVEL);
		}
		switch (kind) {
			case USERS -> requirePresent(USERS, users.isEmpty() ? null : "present");
			case ROLE, DEPARTMENT_ROLE -> requirePresent(ROLE, role);
			case FORM_USER, FORM_DEPARTMENT_HEAD -> requirePresent(FIELD, field);
			case MANAGER_CHAIN -> {
				if (level == 0 && untilRole == null) {
					throw new ApproverRuleException(LEVEL, null, "Approver 'manager-chain' needs property '" + LEVEL
							+ "' or '" + UNTIL_ROLE + "' (or both) to know where the chain stops");
				}
			}
			default -> {
				// MANAGER and DEPARTMENT_HEAD need nothing else
			}
		}
	}

	/**
	 * Whether the properties declare an approver rule at all (that is, hold
	 * {@code baton.approver}).
	 */
	public static boolean isDeclaredIn(Map<String, String> props) {
		return props != null && props.containsKey(APPROVER);
	}

	/**
	 * Reads a rule from a user task's extension properties.
	 * @throws ApproverRuleException naming the property and the bad value
	 */
	public static ApproverRule fromProperties(Map<String, String> props) {
		return ApproverRuleProperties.read(props);
	}

	/**
	 * The extension properties that {@link #fromProperties} reads back into an equal
	 * rule.
	 */
	public Map<String, String> toProperties() {
		return ApproverRuleProperties.write(this);
	}

	/** The properties a rule of this kind may have. */
	static Set<String> applicableKeys(Kind kind) {
		Set<String> keys = new LinkedHashSet<>(List.of(APPROVER, IF_NONE, IF_INITIATOR, IF_REPEATED));
		switch (kind) {
			case USERS -> keys.add(USERS);
			case ROLE -> keys.add(ROLE);
			case DEPARTMENT_ROLE -> keys.addAll(List.of(ROLE, DEPARTMENT));
			case MANAGER -> keys.add(LEVEL);
			case MANAGER_CHAIN -> keys.addAll(List.of(LEVEL, UNTIL_ROLE));
			case FORM_USER, FORM_DEPARTMENT_HEAD -> keys.add(FIELD);
			case DEPARTMENT_HEAD -> keys.add(DEPARTMENT);
		}
		return keys;
	}

	private static void rejectIfNotApplicable(Kind kind, Set<String> applicable, String key, String value) {
		if (value != null && !applicable.contains(key)) {
			throw notApplicable(kind, key, value);
		}
	}

	static ApproverRuleException notApplicable(Kind kind, String key, String value) {
		return new ApproverRuleException(key, value, "Property '" + key + "' does not apply to approver '"
				+ kind.propertyValue() + "'; remove it or choose another approver");
	}

	private static void requirePresent(String key, String value) {
		if (value == null) {
			throw ApproverRuleException.missing(key);
		}
	}

	static List<String> trimmedDistinct(List<String> values) {
		Set<String> result = new LinkedHashSet<>();
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				result.add(value.trim());
			}
		}
		return List.copyOf(result);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
