package dev.baton.directory;

/**
 * What a person changes about their own login: their password (knowing the current one)
 * and their language. A refused change answers 400 ({@code ProblemException}) naming the
 * field.
 */
public interface OwnAccount {

	/** The languages a person can choose. */
	java.util.List<String> LANGUAGES = java.util.List.of("zh-CN", "en-US");

	/**
	 * Replaces the person's password when {@code currentPassword} is right; the new one
	 * follows the same rules as one an administrator sets, and the person no longer has
	 * to change it. Every other login of theirs ends ({@link LoginsRevoked}).
	 */
	void changePassword(String userId, String currentPassword, String newPassword);

	/**
	 * Sets the language the person is shown after logging in: one of {@link #LANGUAGES},
	 * or {@code null} to follow the browser.
	 */
	void setLanguage(String userId, String language);

}
