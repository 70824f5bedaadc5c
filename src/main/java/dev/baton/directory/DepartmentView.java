package dev.baton.directory;

import io.swagger.v3.oas.annotations.media.Schema;

/** A department as the API shows it, with its head's name for display. */
@Schema(name = "Department")
record DepartmentView(String id, String nameZh, String nameEn, String parentId, String headUserId,
                      String headDisplayName) {

    static DepartmentView of(Department department, String headDisplayName) {
        return new DepartmentView(department.id(), department.nameZh(), department.nameEn(), department.parentId(),
                department.headUserId(), headDisplayName);
    }
}
