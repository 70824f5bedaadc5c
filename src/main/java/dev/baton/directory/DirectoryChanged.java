package dev.baton.directory;

/**
 * Something in the organisation changed: published inside the change's transaction, so
 * that whoever records it (the audit trail) commits or rolls back with it.
 *
 * @param kind what happened
 * @param subjectId the department, role or person concerned; {@code null} for an import
 * @param detail a short description for people, e.g. the person's name or an import's
 * counts
 */
public record DirectoryChanged(Kind kind, String subjectId, String detail) {

	/** What happened; {@link #code()} is how the audit trail names it. */
	public enum Kind {

		DEPARTMENT_CREATED("department-created"), DEPARTMENT_CHANGED("department-changed"),
		ROLE_CREATED("role-created"), ROLE_CHANGED("role-changed"), PERSON_CREATED("person-created"),
		PERSON_CHANGED("person-changed"), PERSON_DEACTIVATED("person-deactivated"),
		PERSON_REACTIVATED("person-reactivated"), PASSWORD_RESET("password-reset"),
		PASSWORD_CHANGED("password-changed"), ORGANISATION_IMPORTED("org-imported");

		private final String code;

		Kind(String code) {
			this.code = code;
		}

		public String code() {
			return code;
		}

	}

}
