package dev.baton.directory;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A department as the API shows it. {@code headUserId} is what an administrator sends
 * back; {@code head} is the person reference the screens show ({@code {id, name}}, as
 * everywhere in the API).
 */
@Schema(name = "Department")
record DepartmentView(String id, String nameZh, String nameEn, String parentId, String headUserId, PersonRef head) {

	static DepartmentView of(Department department, String headDisplayName) {
		PersonRef head = department.headUserId() == null ? null : new PersonRef(department.headUserId(),
				headDisplayName == null ? department.headUserId() : headDisplayName);
		return new DepartmentView(department.id(), department.nameZh(), department.nameEn(), department.parentId(),
				department.headUserId(), head);
	}
}
