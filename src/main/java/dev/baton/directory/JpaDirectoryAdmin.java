package dev.baton.directory;

import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link DirectoryAdmin} on Baton's tables. */
@Service
@Transactional
class JpaDirectoryAdmin implements DirectoryAdmin {

    /** Logins, department ids and role ids: lower-case slugs, at most 64 characters. */
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private final PersonRepository people;
    private final DepartmentRepository departments;
    private final RoleRepository roles;
    private final Passwords passwords;

    JpaDirectoryAdmin(PersonRepository people, DepartmentRepository departments, RoleRepository roles,
                      Passwords passwords) {
        this.people = people;
        this.departments = departments;
        this.roles = roles;
        this.passwords = passwords;
    }

    @Override
    public Department createDepartment(NewDepartment department) {
        String id = checkId("Department", department.id());
        requireName("Department", id, department.nameZh(), department.nameEn());
        if (departments.existsById(id)) {
            throw new DirectoryChangeException("Department '" + id + "' already exists");
        }
        if (roles.existsById(id)) {
            throw new DirectoryChangeException("Department id '" + id
                    + "' is already the id of a role; departments and roles share one namespace");
        }
        if (department.parentId() != null && !departments.existsById(department.parentId())) {
            throw new DirectoryChangeException("Parent department '" + department.parentId() + "' of '" + id
                    + "' does not exist");
        }
        return departments.save(new DepartmentEntity(id, department.nameZh().trim(), department.nameEn().trim(),
                department.parentId(), department.sortOrder())).toDepartment();
    }

    @Override
    public Department appointHead(String departmentId, String userId) {
        DepartmentEntity department = departments.findById(String.valueOf(departmentId)).orElseThrow(() ->
                new DirectoryChangeException("Department '" + departmentId + "' does not exist"));
        if (userId != null && !people.existsById(userId)) {
            throw new DirectoryChangeException("Cannot appoint '" + userId + "' head of '" + departmentId
                    + "': no such person");
        }
        department.appointHead(userId);
        return department.toDepartment();
    }

    @Override
    public Role createRole(Role role) {
        String id = checkId("Role", role.id());
        requireName("Role", id, role.nameZh(), role.nameEn());
        if (roles.existsById(id)) {
            throw new DirectoryChangeException("Role '" + id + "' already exists");
        }
        if (departments.existsById(id)) {
            throw new DirectoryChangeException("Role id '" + id
                    + "' is already the id of a department; departments and roles share one namespace");
        }
        return roles.save(new RoleEntity(id, role.nameZh().trim(), role.nameEn().trim())).toRole();
    }

    @Override
    public Person createPerson(NewPerson person, String password) {
        return createPersonWithHash(person, password == null ? null : passwords.hash(password));
    }

    /** For callers in this module that hashed one password for many people (the demo organisation). */
    Person createPersonWithHash(NewPerson person, String passwordHash) {
        String id = checkId("Login", person.id());
        if (person.displayName() == null || person.displayName().isBlank()) {
            throw new DirectoryChangeException("Person '" + id + "' needs a display name");
        }
        if (people.existsById(id)) {
            throw new DirectoryChangeException("Person '" + id + "' already exists");
        }
        if (person.departmentId() != null && !departments.existsById(person.departmentId())) {
            throw new DirectoryChangeException("Department '" + person.departmentId() + "' of '" + id
                    + "' does not exist");
        }
        if (person.managerId() != null
                && (person.managerId().equals(id) || !people.existsById(person.managerId()))) {
            throw new DirectoryChangeException("Manager '" + person.managerId() + "' of '" + id
                    + "' must be another existing person");
        }
        for (String roleId : person.roleIds()) {
            if (!roles.existsById(roleId)) {
                throw new DirectoryChangeException("Role '" + roleId + "' of '" + id + "' does not exist");
            }
        }
        return people.save(new PersonEntity(person, passwordHash)).toPerson();
    }

    @Override
    public Person setActive(String userId, boolean active) {
        PersonEntity person = people.findById(String.valueOf(userId)).orElseThrow(() ->
                new DirectoryChangeException("Person '" + userId + "' does not exist"));
        person.setActive(active);
        return person.toPerson();
    }

    private static String checkId(String what, String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new DirectoryChangeException(what + " id '" + id + "' must be 1 to 64 lower-case letters, digits, "
                    + "'.', '_' or '-', starting with a letter or digit");
        }
        return id;
    }

    private static void requireName(String what, String id, String nameZh, String nameEn) {
        if (nameZh == null || nameZh.isBlank() || nameEn == null || nameEn.isBlank()) {
            throw new DirectoryChangeException(what + " '" + id + "' needs a Chinese and an English name");
        }
    }
}
