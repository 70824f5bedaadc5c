package dev.baton.directory;

/**
 * New values for an existing department; every field is replaced except a {@code null}
 * sort order, which keeps the current position.
 *
 * @param parentId an existing department that is not this one or below it; {@code null}
 * for the top
 * @param headUserId an existing person, or {@code null} for no head
 */
public record DepartmentUpdate(String nameZh, String nameEn, String parentId, String headUserId, Integer sortOrder) {
}
