package dev.baton.directory;

/**
 * A department to create; its head is appointed once the person exists
 * ({@link DirectoryAdmin#appointHead}).
 *
 * @param id        lower-case slug, e.g. {@code sales}; must not be the id of a role
 * @param parentId  an existing department, or {@code null} for the top of the organisation
 * @param sortOrder position among its siblings in lists, lowest first
 */
public record NewDepartment(String id, String nameZh, String nameEn, String parentId, int sortOrder) {
}
