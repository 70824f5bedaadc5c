package dev.baton.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Row of {@code baton_roles}. */
@Entity
@Table(name = "baton_roles")
class RoleEntity {

	@Id
	@Column(name = "id", length = 64)
	private String id;

	@Column(name = "name_zh", nullable = false, length = 100)
	private String nameZh;

	@Column(name = "name_en", nullable = false, length = 100)
	private String nameEn;

	protected RoleEntity() {
		// for JPA
	}

	RoleEntity(String id, String nameZh, String nameEn) {
		this.id = id;
		this.nameZh = nameZh;
		this.nameEn = nameEn;
	}

	Role toRole() {
		return new Role(id, nameZh, nameEn);
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

	void rename(String nameZh, String nameEn) {
		this.nameZh = nameZh;
		this.nameEn = nameEn;
	}

}
