package dev.baton.engine;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The deadline of a step: when its task is due (working hours or working days after it
 * opens, by the business calendar), when its approver is reminded, and what happens when
 * it stays overdue. Read from the user task's {@code baton.deadline.*} extension
 * properties (processes/README.md):
 * <ul>
 * <li>{@code baton.deadline.due}: {@code 8h} (working hours) or {@code 3d} (working
 * days);</li>
 * <li>{@code baton.deadline.remind-before}: remind this many hours before the due
 * time;</li>
 * <li>{@code baton.deadline.remind-overdue}: {@code once} (at the due time) or
 * {@code repeat} (then every {@code baton.deadline.remind-every} hours);</li>
 * <li>{@code baton.deadline.escalate}: {@code notify-manager},
 * {@code transfer-to-manager}, {@code approve} or {@code reject}, when the task is
 * {@code baton.deadline.escalate-after} hours overdue (0 unless given).</li>
 * </ul>
 * Reminder and escalation hours are hours on the clock after (or before) the due time.
 */
public record StepDeadline(int amount, Unit unit, Integer remindBeforeHours, OverdueReminder overdueReminder,
		Integer remindEveryHours, Escalation escalation, Integer escalateAfterHours) {

	public static final String PREFIX = "baton.deadline.";

	public static final String DUE = PREFIX + "due";

	public static final String REMIND_BEFORE = PREFIX + "remind-before";

	public static final String REMIND_OVERDUE = PREFIX + "remind-overdue";

	public static final String REMIND_EVERY = PREFIX + "remind-every";

	public static final String ESCALATE = PREFIX + "escalate";

	public static final String ESCALATE_AFTER = PREFIX + "escalate-after";

	static final Set<String> KEYS = Set.of(DUE, REMIND_BEFORE, REMIND_OVERDUE, REMIND_EVERY, ESCALATE, ESCALATE_AFTER);

	/**
	 * At most a month of working hours, a year of working days, a month of clock hours.
	 */
	static final int MAX_DUE_HOURS = 720;

	static final int MAX_DUE_DAYS = 365;

	static final int MAX_HOURS = 720;

	public enum Unit {

		WORKING_HOURS, WORKING_DAYS

	}

	public enum OverdueReminder {

		ONCE, REPEAT

	}

	public enum Escalation {

		NOTIFY_MANAGER, TRANSFER_TO_MANAGER, APPROVE, REJECT;

		public String propertyValue() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

		static Escalation of(String value) {
			for (Escalation escalation : values()) {
				if (escalation.propertyValue().equals(value)) {
					return escalation;
				}
			}
			return null;
		}

	}

	/** How long after opening the task is due, in working time. */
	public Duration workingHours() {
		return unit == Unit.WORKING_HOURS ? Duration.ofHours(amount) : null;
	}

	/**
	 * A deadline property that cannot be used: the rule it breaks (a code of
	 * {@link PolicyRule}) and the arguments of its message.
	 */
	static final class Invalid extends RuntimeException {

		private final PolicyRule rule;

		private final transient List<Object> arguments;

		Invalid(PolicyRule rule, Object... arguments) {
			super(rule.english(java.util.Arrays.stream(arguments).map(String::valueOf).toList()));
			this.rule = rule;
			this.arguments = List.of(arguments);
		}

		PolicyRule rule() {
			return rule;
		}

		Object[] arguments() {
			return arguments.toArray();
		}

	}

	/** Whether the properties hold any deadline setting. */
	static boolean isDeclaredIn(Map<String, String> properties) {
		return properties.keySet().stream().anyMatch(name -> name.startsWith(PREFIX));
	}

	/**
	 * Reads the deadline from a task's properties (only the {@code baton.deadline.*} ones
	 * count); {@code null} when there is none.
	 * @throws Invalid naming the first property at fault
	 */
	static StepDeadline fromProperties(Map<String, String> properties) {
		Map<String, String> own = new java.util.LinkedHashMap<>();
		properties.forEach((name, value) -> {
			if (name.startsWith(PREFIX)) {
				if (!KEYS.contains(name)) {
					throw new Invalid(PolicyRule.DEADLINE_UNKNOWN, name);
				}
				own.put(name, value == null ? "" : value.strip().toLowerCase(Locale.ROOT));
			}
		});
		if (own.isEmpty()) {
			return null;
		}
		String due = own.get(DUE);
		if (due == null || due.isEmpty()) {
			String other = own.keySet().iterator().next();
			throw new Invalid(PolicyRule.DEADLINE_NEEDS_DUE, other);
		}
		int amount;
		Unit unit;
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("(\\d{1,4})\\s*([hd])").matcher(due);
		if (!matcher.matches()) {
			throw new Invalid(PolicyRule.DEADLINE_DUE, due, MAX_DUE_HOURS, MAX_DUE_DAYS);
		}
		amount = Integer.parseInt(matcher.group(1));
		unit = matcher.group(2).equals("h") ? Unit.WORKING_HOURS : Unit.WORKING_DAYS;
		if (amount < 1 || amount > (unit == Unit.WORKING_HOURS ? MAX_DUE_HOURS : MAX_DUE_DAYS)) {
			throw new Invalid(PolicyRule.DEADLINE_DUE, due, MAX_DUE_HOURS, MAX_DUE_DAYS);
		}
		Integer before = hours(own, REMIND_BEFORE, 1);
		OverdueReminder overdue = null;
		String overdueText = own.get(REMIND_OVERDUE);
		if (overdueText != null) {
			overdue = switch (overdueText) {
				case "once" -> OverdueReminder.ONCE;
				case "repeat" -> OverdueReminder.REPEAT;
				default -> throw new Invalid(PolicyRule.DEADLINE_CHOICE, REMIND_OVERDUE, overdueText, "once, repeat");
			};
		}
		Integer every = hours(own, REMIND_EVERY, 1);
		if ((overdue == OverdueReminder.REPEAT) != (every != null)) {
			throw new Invalid(PolicyRule.DEADLINE_EVERY, REMIND_OVERDUE, REMIND_EVERY);
		}
		Escalation escalation = null;
		String escalationText = own.get(ESCALATE);
		if (escalationText != null) {
			escalation = Escalation.of(escalationText);
			if (escalation == null) {
				throw new Invalid(PolicyRule.DEADLINE_CHOICE, ESCALATE, escalationText,
						"notify-manager, transfer-to-manager, approve, reject");
			}
		}
		Integer after = hours(own, ESCALATE_AFTER, 0);
		if (after != null && escalation == null) {
			throw new Invalid(PolicyRule.DEADLINE_NEEDS_ESCALATION, ESCALATE_AFTER);
		}
		return new StepDeadline(amount, unit, before, overdue, every, escalation,
				escalation == null ? null : after == null ? 0 : after);
	}

	private static Integer hours(Map<String, String> properties, String name, int min) {
		String value = properties.get(name);
		if (value == null) {
			return null;
		}
		try {
			int hours = Integer.parseInt(value);
			if (hours >= min && hours <= MAX_HOURS) {
				return hours;
			}
		}
		catch (NumberFormatException notANumber) {
			// reported below
		}
		throw new Invalid(PolicyRule.DEADLINE_HOURS, name, value, min, MAX_HOURS);
	}

}
