package dev.baton.directory;

/**
 * A department to create.
 *
 * @param id lower-case slug, e.g. {@code sales}; must not be the id of a role
 * @param parentId an existing department, or {@code null} for the top of the organisation
 * @param headUserId an existing person who heads it, or {@code null}; a head who does not
 * exist yet is appointed later ({@link DirectoryAdmin#appointHead})
 * @param sortOrder position among its siblings in lists, lowest first; {@code null} puts
 * it last
 */
public record NewDepartment(String id, String nameZh, String nameEn, String parentId, String headUserId,
		Integer sortOrder) {

	/** A department without a head yet. */
	public NewDepartment(String id, String nameZh, String nameEn, String parentId, int sortOrder) {
		this(id, nameZh, nameEn, parentId, null, sortOrder);
	}
}
