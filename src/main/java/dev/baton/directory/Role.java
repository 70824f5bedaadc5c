package dev.baton.directory;

/**
 * A role or post people hold, e.g. {@code finance-manager}; also the engine's group id
 * (type {@code role}), so a role id is never the id of a department.
 */
public record Role(String id, String nameZh, String nameEn) {
}
