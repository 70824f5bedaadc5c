package dev.baton.directory;

/**
 * A department; departments form a tree through {@code parentId}.
 *
 * @param id short slug, e.g. {@code sales}; also the engine's group id (type
 * {@code department})
 * @param parentId the parent department, {@code null} for the top of the organisation
 * @param headUserId the department head, or {@code null} if none is appointed
 */
public record Department(String id, String nameZh, String nameEn, String parentId, String headUserId) {
}
