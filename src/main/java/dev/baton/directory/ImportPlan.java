package dev.baton.directory;

import java.util.List;
import java.util.Set;

/**
 * What a checked import will write: the final values of every department and person in
 * the file, with references resolved to ids. Columns the file lacks keep the current
 * values of existing rows.
 */
record ImportPlan(List<DepartmentChange> departments, List<PersonChange> people, List<String> ignoredColumns,
		List<String> passwordsIgnored) {

	/**
	 * @param sortOrder {@code null}: new departments go last, existing ones stay where
	 * they are
	 */
	record DepartmentChange(String id, boolean isNew, boolean changed, String nameZh, String nameEn, String parentId,
			String headUserId, Integer sortOrder) {
	}

	/**
	 * @param password the first password of a new person; {@code null} for none
	 */
	record PersonChange(String id, boolean isNew, boolean changed, String displayName, String email, String phone,
			String departmentId, String managerId, boolean active, Set<SystemRole> systemRoles, Set<String> roleIds,
			String password) {

		@Override
		public String toString() {
			return "PersonChange[id=" + id + ", isNew=" + isNew + "]"; // never the
																		// password
		}
	}
}
