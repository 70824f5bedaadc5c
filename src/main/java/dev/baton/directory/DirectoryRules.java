package dev.baton.directory;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.function.UnaryOperator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The format rules of the directory's fields, shared by single changes and the import so
 * both say the same thing about the same mistake.
 */
final class DirectoryRules {

	/** Logins, department ids and role ids: lower-case slugs, at most 64 characters. */
	static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

	/** Pragmatic: something@domain.tld, no spaces; the mail server has the last word. */
	static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+");

	/**
	 * Digits with an optional leading +, spaces, dashes and parentheses, e.g. +86
	 * 138-0000-0001.
	 */
	static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]*[0-9]");

	static final int MAX_NAME = 100;
	static final int MAX_EMAIL = 254;
	static final int MAX_PHONE = 32;
	static final int MIN_PASSWORD = 8;

	/**
	 * BCrypt looks at the first 72 bytes only; a longer password would be silently cut.
	 */
	static final int MAX_PASSWORD_BYTES = 72;

	private DirectoryRules() {
	}

	static boolean isId(String id) {
		return id != null && ID.matcher(id).matches();
	}

	static void checkId(Violations violations, String field, String what, String id) {
		if (!isId(id)) {
			violations.invalid(field, "directory.id.format", what + " id '" + id + "' must be 1 to 64 lower-case "
					+ "letters, digits, '.', '_' or '-', starting with a letter or digit", String.valueOf(id));
		}
	}

	static void checkName(Violations violations, String field, String what, String name) {
		if (name == null || name.isBlank()) {
			violations.invalid(field, "directory.required", what + " needs " + field);
		}
		else if (name.trim().length() > MAX_NAME) {
			violations.invalid(field, "directory.tooLong",
					what + " has a " + field + " longer than " + MAX_NAME + " characters", MAX_NAME);
		}
	}

	static void checkEmail(Violations violations, String field, String email) {
		if (email != null && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
			violations.invalid(field, "directory.email.invalid", "'" + email + "' is not an e-mail address", email);
		}
	}

	static void checkPhone(Violations violations, String field, String phone) {
		if (phone != null && (phone.length() > MAX_PHONE || !PHONE.matcher(phone).matches())) {
			violations.invalid(field, "directory.phone.invalid", "'" + phone + "' is not a phone number", phone);
		}
	}

	static void checkPassword(Violations violations, String field, String password) {
		if (password == null || password.length() < MIN_PASSWORD
				|| password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			violations.invalid(field, "directory.password.length",
					"A password must have " + MIN_PASSWORD + " to " + MAX_PASSWORD_BYTES + " characters", MIN_PASSWORD,
					MAX_PASSWORD_BYTES);
		}
	}

	/** Trimmed text, {@code null} for null or blank. */
	static String clean(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	/** A typed id as stored: trimmed and lower case; {@code null} for blank input. */
	static String cleanId(String id) {
		String cleaned = clean(id);
		return cleaned == null ? null : cleaned.toLowerCase(Locale.ROOT);
	}

	/**
	 * A system role by name, ignoring case, in English ({@code admin}) or Chinese
	 * ({@code 管理员}); empty for anything else.
	 */
	static Optional<SystemRole> systemRole(String name) {
		if (name == null) {
			return Optional.empty();
		}
		return switch (name.trim().toLowerCase(Locale.ROOT)) {
			case "admin", "administrator", "管理员", "系统管理员" -> Optional.of(SystemRole.ADMIN);
			case "designer", "流程管理员", "流程设计", "流程设计师" -> Optional.of(SystemRole.DESIGNER);
			case "analyst", "分析", "分析员", "分析师", "管理层" -> Optional.of(SystemRole.ANALYST);
			case "auditor", "审计", "审计员", "审计师" -> Optional.of(SystemRole.AUDITOR);
			case "employee", "员工" -> Optional.of(SystemRole.EMPLOYEE);
			default -> Optional.empty();
		};
	}

	/**
	 * Whether following {@code next} from {@code start} arrives at {@code target}; stops
	 * at cycles in old data.
	 */
	static boolean reaches(String start, String target, UnaryOperator<String> next) {
		Set<String> seen = new HashSet<>();
		for (String current = start; current != null && seen.add(current); current = next.apply(current)) {
			if (current.equals(target)) {
				return true;
			}
		}
		return false;
	}

}
