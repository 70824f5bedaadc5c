package dev.baton.directory;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.FetchType;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * Row of {@code baton_users} with the person's roles ({@code baton_user_roles}) and
 * system roles ({@code baton_user_system_roles}). System roles are kept as text, not as a
 * JPA enum: Hibernate maps enums to MySQL's native ENUM type, which schema validation
 * would then demand of a VARCHAR column.
 * <p>
 * Both are always needed (a {@link Person} carries them) and fetched with the person: a
 * lookup by id is one statement with both joined; a query for several people loads them
 * in batches.
 */
@Entity
@Table(name = "baton_users")
class PersonEntity {

	@Id
	@Column(name = "id", length = 64)
	private String id;

	@Column(name = "display_name", nullable = false, length = 100)
	private String displayName;

	@Column(name = "email", length = 254)
	private String email;

	@Column(name = "phone", length = 32)
	private String phone;

	@Column(name = "department_id", length = 64)
	private String departmentId;

	@Column(name = "manager_id", length = 64)
	private String managerId;

	@Column(name = "active", nullable = false)
	private boolean active;

	@Column(name = "password_hash", length = 100)
	private String passwordHash;

	@Column(name = "must_change_password", nullable = false)
	private boolean mustChangePassword;

	@Column(name = "language", length = 8)
	private String language;

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.JOIN)
	@CollectionTable(name = "baton_user_system_roles", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "system_role", nullable = false, length = 20)
	@BatchSize(size = 100)
	private Set<String> systemRoles = new HashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.JOIN)
	@CollectionTable(name = "baton_user_roles", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "role_id", nullable = false, length = 64)
	@BatchSize(size = 100)
	private Set<String> roleIds = new HashSet<>();

	protected PersonEntity() {
		// for JPA
	}

	PersonEntity(NewPerson person, String passwordHash) {
		this.id = person.id();
		this.displayName = person.displayName();
		this.email = person.email();
		this.phone = person.phone();
		this.departmentId = person.departmentId();
		this.managerId = person.managerId();
		this.active = person.active();
		this.passwordHash = passwordHash;
		grant(person.systemRoles());
		roleIds.addAll(person.roleIds());
	}

	/**
	 * Replaces everything but the login, whether the person is active, and the password.
	 */
	void update(PersonUpdate update) {
		this.displayName = update.displayName();
		this.email = update.email();
		this.phone = update.phone();
		this.departmentId = update.departmentId();
		this.managerId = update.managerId();
		systemRoles.clear(); // the same collection instance: Hibernate writes only the
								// difference
		grant(update.systemRoles());
		roleIds.clear();
		roleIds.addAll(update.roleIds());
	}

	private void grant(Set<SystemRole> roles) {
		roles.stream()
			.filter(role -> role != SystemRole.EMPLOYEE) // implied, never stored
			.forEach(role -> systemRoles.add(role.name()));
	}

	Person toPerson() {
		return new Person(id, displayName, email, phone, departmentId, managerId, active, systemRoleSet(), roleIds);
	}

	LoginAccount toLoginAccount() {
		return new LoginAccount(id, passwordHash, active, systemRoleSet(), mustChangePassword, language);
	}

	Set<SystemRole> systemRoleSet() {
		Set<SystemRole> roles = EnumSet.of(SystemRole.EMPLOYEE);
		for (String role : systemRoles) {
			try {
				roles.add(SystemRole.valueOf(role));
			}
			catch (IllegalArgumentException e) {
				// a system role this version does not know grants nothing
			}
		}
		return roles;
	}

	String id() {
		return id;
	}

	String displayName() {
		return displayName;
	}

	String email() {
		return email;
	}

	boolean active() {
		return active;
	}

	String passwordHash() {
		return passwordHash;
	}

	String managerId() {
		return managerId;
	}

	String departmentId() {
		return departmentId;
	}

	boolean isAdministrator() {
		return systemRoles.contains(SystemRole.ADMIN.name());
	}

	void setActive(boolean active) {
		this.active = active;
	}

	void reportTo(String managerId) {
		this.managerId = managerId;
	}

	/**
	 * A password an administrator chose: the person must replace it at their next login.
	 */
	void setPasswordHashToChange(String passwordHash) {
		this.passwordHash = passwordHash;
		this.mustChangePassword = passwordHash != null;
	}

	/** A password the person chose themselves. */
	void setOwnPasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
		this.mustChangePassword = false;
	}

	String language() {
		return language;
	}

	void setLanguage(String language) {
		this.language = language;
	}

}
