package dev.baton.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Row of {@code baton_departments}. */
@Entity
@Table(name = "baton_departments")
class DepartmentEntity {

	@Id
	@Column(name = "id", length = 64)
	private String id;

	@Column(name = "name_zh", nullable = false, length = 100)
	private String nameZh;

	@Column(name = "name_en", nullable = false, length = 100)
	private String nameEn;

	@Column(name = "parent_id", length = 64)
	private String parentId;

	@Column(name = "head_user_id", length = 64)
	private String headUserId;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	protected DepartmentEntity() {
		// for JPA
	}

	DepartmentEntity(String id, String nameZh, String nameEn, String parentId, int sortOrder) {
		this(id, nameZh, nameEn, parentId, null, sortOrder);
	}

	DepartmentEntity(String id, String nameZh, String nameEn, String parentId, String headUserId, int sortOrder) {
		this.id = id;
		this.nameZh = nameZh;
		this.nameEn = nameEn;
		this.parentId = parentId;
		this.headUserId = headUserId;
		this.sortOrder = sortOrder;
	}

	Department toDepartment() {
		return new Department(id, nameZh, nameEn, parentId, headUserId);
	}

	String id() {
		return id;
	}

	String nameZh() {
		return nameZh;
	}

	String nameEn() {
		return nameEn;
	}

	String parentId() {
		return parentId;
	}

	String headUserId() {
		return headUserId;
	}

	int sortOrder() {
		return sortOrder;
	}

	void appointHead(String userId) {
		this.headUserId = userId;
	}

	void rename(String nameZh, String nameEn) {
		this.nameZh = nameZh;
		this.nameEn = nameEn;
	}

	void moveUnder(String parentId) {
		this.parentId = parentId;
	}

	void sortAt(int sortOrder) {
		this.sortOrder = sortOrder;
	}

}
