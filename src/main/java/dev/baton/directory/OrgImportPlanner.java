package dev.baton.directory;

import static dev.baton.directory.DirectoryRules.clean;
import static dev.baton.directory.DirectoryRules.cleanId;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.baton.directory.DirectoryChangeException.Violation;
import dev.baton.directory.ImportPlan.DepartmentChange;
import dev.baton.directory.ImportPlan.PersonChange;
import dev.baton.web.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * Checks every row of an import against the organisation as it is and against the rest of the file,
 * and turns the file into an {@link ImportPlan}. Every problem of every row is collected; if there is
 * any, the whole import is refused with all of them ({@link OrgImportRejectedException}).
 * <p>
 * Rows are matched by login (people) and id (departments): a known one is updated, an unknown one
 * created. A column the file lacks keeps the current value of existing rows; an empty cell in a
 * column the file has clears the value, except that an empty "active" cell keeps the person as they
 * are (new people are active) and an empty English name keeps the current one (new departments use
 * the Chinese name). Managers, heads and parents may be rows further down the same file.
 */
final class OrgImportPlanner {

    private final OrgSnapshot org;
    private final List<RowProblem> problems = new ArrayList<>();
    private final Map<String, String[]> departmentNames = new LinkedHashMap<>();
    private final Set<String> logins = new HashSet<>();

    OrgImportPlanner(OrgSnapshot org) {
        this.org = org;
    }

    private record DepartmentRow(Table.Row row, String id, boolean valid, Department existing, String nameZh,
                                 String nameEn, String parentRef, String headRef, Integer sortOrder) {
    }

    private record PersonRow(Table.Row row, String id, boolean valid, Person existing, String name, String email,
                             String phone, String departmentRef, String managerRef, List<String> roleRefs,
                             Set<SystemRole> systemRoles, boolean active, String password) {
    }

    ImportPlan plan(ImportFiles.Tables tables) {
        ColumnMap<DepartmentColumn> departmentColumns = tables.departments() == null ? null
                : ColumnMap.of(DepartmentColumn.class, tables.departments(), problems);
        ColumnMap<PersonColumn> personColumns = tables.people() == null ? null
                : ColumnMap.of(PersonColumn.class, tables.people(), problems);
        rejectIfProblems();
        if (rows(departmentColumns) + rows(personColumns) == 0) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "directory.import.noRows");
        }
        List<DepartmentRow> departmentRows = departmentColumns == null ? List.of() : readDepartments(departmentColumns);
        List<PersonRow> personRows = personColumns == null ? List.of() : readPeople(personColumns);

        org.departments().values().forEach(d -> departmentNames.put(d.id(), new String[] {d.nameZh(), d.nameEn()}));
        departmentRows.stream().filter(DepartmentRow::valid)
                .forEach(row -> departmentNames.put(row.id(), new String[] {row.nameZh(), row.nameEn()}));
        logins.addAll(org.people().keySet());
        personRows.stream().filter(PersonRow::valid).forEach(row -> logins.add(row.id()));

        List<DepartmentChange> departments = resolveDepartments(departmentColumns, departmentRows);
        List<PersonChange> people = resolvePeople(personColumns, personRows);
        checkAnAdministratorRemains(personColumns, personRows, people);
        rejectIfProblems();

        List<String> ignored = new ArrayList<>();
        if (departmentColumns != null) {
            ignored.addAll(departmentColumns.ignored());
        }
        if (personColumns != null) {
            ignored.addAll(personColumns.ignored());
        }
        List<String> passwordsIgnored = personRows.stream()
                .filter(row -> row.existing() != null && row.password() != null).map(PersonRow::id).toList();
        return new ImportPlan(departments, people, ignored, passwordsIgnored);
    }

    // ---- departments ----

    private List<DepartmentRow> readDepartments(ColumnMap<DepartmentColumn> columns) {
        Map<String, Integer> seen = new HashMap<>();
        List<DepartmentRow> rows = new ArrayList<>();
        for (Table.Row row : columns.table().rows()) {
            Violations violations = new Violations();
            String id = cleanId(columns.value(row, DepartmentColumn.ID));
            boolean valid = checkNewId(columns, row, DepartmentColumn.ID, id, "Department", seen, violations);
            if (valid && org.roles().containsKey(id)) {
                violations.invalid("id", "directory.id.takenByRole", "taken by a role", id);
                valid = false;
            }
            Department existing = valid ? org.departments().get(id) : null;
            String nameZh = columns.value(row, DepartmentColumn.NAME);
            DirectoryRules.checkName(violations, "name", "Department", nameZh);
            String nameEn = columns.value(row, DepartmentColumn.NAME_EN);
            if (nameEn == null) {
                nameEn = existing != null ? existing.nameEn() : nameZh;
            } else {
                DirectoryRules.checkName(violations, "nameEn", "Department", nameEn);
            }
            Integer sortOrder = null;
            String sort = columns.value(row, DepartmentColumn.SORT);
            if (sort != null) {
                try {
                    sortOrder = Integer.valueOf(sort.endsWith(".0") ? sort.substring(0, sort.length() - 2) : sort);
                } catch (NumberFormatException e) {
                    violations.invalid("sortOrder", "directory.import.number", "not a number", sort);
                }
            }
            String parentRef = columns.has(DepartmentColumn.PARENT) ? columns.value(row, DepartmentColumn.PARENT)
                    : existing == null ? null : existing.parentId();
            String headRef = columns.has(DepartmentColumn.HEAD) ? cleanId(columns.value(row, DepartmentColumn.HEAD))
                    : existing == null ? null : existing.headUserId();
            report(columns, row, violations);
            rows.add(new DepartmentRow(row, id, valid, existing, nameZh, nameEn, parentRef, headRef, sortOrder));
        }
        return rows;
    }

    private List<DepartmentChange> resolveDepartments(ColumnMap<DepartmentColumn> columns, List<DepartmentRow> rows) {
        Map<String, String> parents = new HashMap<>();
        org.departments().values().forEach(d -> parents.put(d.id(), d.parentId()));
        Map<String, String> resolvedParents = new HashMap<>();
        for (DepartmentRow row : rows) {
            String parentId = null;
            if (row.parentRef() != null) {
                parentId = department(columns, row.row(), DepartmentColumn.PARENT, row.parentRef(), "directory.department.unknown");
                if (parentId != null && parentId.equals(row.id())) {
                    problem(columns, row.row(), DepartmentColumn.PARENT, "directory.department.cycle", row.parentRef());
                    parentId = null;
                }
            }
            if (row.headRef() != null && !logins.contains(row.headRef())) {
                problem(columns, row.row(), DepartmentColumn.HEAD, "directory.person.unknown", row.headRef());
            }
            if (row.valid()) {
                parents.put(row.id(), parentId);
                resolvedParents.put(row.id(), parentId);
            }
        }
        List<DepartmentChange> changes = new ArrayList<>();
        for (DepartmentRow row : rows) {
            if (!row.valid()) {
                continue;
            }
            String parentId = resolvedParents.get(row.id());
            if (parentId != null && JpaDirectoryAdmin.reaches(parentId, row.id(), parents::get)) {
                problem(columns, row.row(), DepartmentColumn.PARENT, "directory.department.cycle", row.parentRef());
            }
            Department wanted = new Department(row.id(), row.nameZh(), row.nameEn(), parentId, row.headRef());
            boolean changed = row.existing() == null || !wanted.equals(row.existing())
                    || row.sortOrder() != null && !row.sortOrder().equals(org.sortOrders().get(row.id()));
            changes.add(new DepartmentChange(row.id(), row.existing() == null, changed, row.nameZh(), row.nameEn(),
                    parentId, row.headRef(), row.sortOrder()));
        }
        return changes;
    }

    /** A department by id or by its exact Chinese or English name; {@code null} (and a problem) if none or several. */
    private <C extends Enum<C> & ImportColumn> String department(ColumnMap<C> columns, Table.Row row, C column,
                                                                String reference, String unknownCode) {
        String asId = reference.toLowerCase(Locale.ROOT);
        if (departmentNames.containsKey(asId)) {
            return asId;
        }
        List<String> matches = departmentNames.entrySet().stream()
                .filter(entry -> reference.equals(entry.getValue()[0]) || reference.equalsIgnoreCase(entry.getValue()[1]))
                .map(Map.Entry::getKey).toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        problem(columns, row, column, matches.isEmpty() ? unknownCode : "directory.department.ambiguous", reference);
        return null;
    }

    // ---- people ----

    private List<PersonRow> readPeople(ColumnMap<PersonColumn> columns) {
        Map<String, Integer> seen = new HashMap<>();
        List<PersonRow> rows = new ArrayList<>();
        for (Table.Row row : columns.table().rows()) {
            Violations violations = new Violations();
            String id = cleanId(columns.value(row, PersonColumn.LOGIN));
            boolean valid = checkNewId(columns, row, PersonColumn.LOGIN, id, "Login", seen, violations);
            Person existing = valid ? org.people().get(id) : null;
            String name = columns.value(row, PersonColumn.NAME);
            DirectoryRules.checkName(violations, "name", "Person", name);
            String email = columns.has(PersonColumn.EMAIL) ? columns.value(row, PersonColumn.EMAIL)
                    : existing == null ? null : existing.email();
            if (columns.has(PersonColumn.EMAIL)) {
                DirectoryRules.checkEmail(violations, "email", email);
            }
            String phone = columns.has(PersonColumn.PHONE) ? columns.value(row, PersonColumn.PHONE)
                    : existing == null ? null : existing.phone();
            if (columns.has(PersonColumn.PHONE)) {
                DirectoryRules.checkPhone(violations, "phone", phone);
            }
            String departmentRef = columns.has(PersonColumn.DEPARTMENT) ? columns.value(row, PersonColumn.DEPARTMENT)
                    : existing == null ? null : existing.departmentId();
            String managerRef = columns.has(PersonColumn.MANAGER) ? cleanId(columns.value(row, PersonColumn.MANAGER))
                    : existing == null ? null : existing.managerId();
            List<String> roleRefs = columns.has(PersonColumn.ROLES) ? split(columns.value(row, PersonColumn.ROLES))
                    : existing == null ? List.of() : List.copyOf(existing.roleIds());
            Set<SystemRole> systemRoles = EnumSet.noneOf(SystemRole.class);
            if (columns.has(PersonColumn.SYSTEM_ROLES)) {
                for (String role : split(columns.value(row, PersonColumn.SYSTEM_ROLES))) {
                    DirectoryRules.systemRole(role).ifPresentOrElse(systemRoles::add, () -> violations.invalid(
                            "systemRoles", "directory.systemRole.unknown", "unknown system role", role));
                }
            } else if (existing != null) {
                systemRoles.addAll(existing.systemRoles());
            }
            systemRoles.remove(SystemRole.EMPLOYEE);
            boolean active = existing == null || existing.active();
            String activeText = columns.value(row, PersonColumn.ACTIVE);
            if (activeText != null) {
                Boolean yes = yesOrNo(activeText);
                if (yes == null) {
                    violations.invalid("active", "directory.import.yesNo", "not yes or no", activeText);
                } else {
                    active = yes;
                }
            }
            String password = columns.has(PersonColumn.PASSWORD) ? columns.value(row, PersonColumn.PASSWORD) : null;
            if (password != null && existing == null) {
                DirectoryRules.checkPassword(violations, "password", password);
            }
            report(columns, row, violations);
            rows.add(new PersonRow(row, id, valid, existing, name, clean(email), clean(phone), departmentRef,
                    managerRef, roleRefs, systemRoles, active, password));
        }
        return rows;
    }

    private List<PersonChange> resolvePeople(ColumnMap<PersonColumn> columns, List<PersonRow> rows) {
        Map<String, String> managers = new HashMap<>();
        org.people().values().forEach(p -> managers.put(p.id(), p.managerId()));
        Map<String, String> departmentIds = new HashMap<>();
        Map<String, Set<String>> roleIds = new HashMap<>();
        for (PersonRow row : rows) {
            String departmentId = row.departmentRef() == null ? null
                    : department(columns, row.row(), PersonColumn.DEPARTMENT, row.departmentRef(),
                    "directory.department.unknown");
            String managerId = row.managerRef();
            if (managerId != null) {
                if (managerId.equals(row.id())) {
                    problem(columns, row.row(), PersonColumn.MANAGER, "directory.manager.self", managerId);
                    managerId = null;
                } else if (!logins.contains(managerId)) {
                    problem(columns, row.row(), PersonColumn.MANAGER, "directory.manager.unknown", managerId);
                    managerId = null;
                }
            }
            Set<String> roles = new LinkedHashSet<>();
            for (String reference : row.roleRefs()) {
                String roleId = role(columns, row.row(), reference);
                if (roleId != null) {
                    roles.add(roleId);
                }
            }
            if (row.valid()) {
                managers.put(row.id(), managerId);
                departmentIds.put(row.id(), departmentId);
                roleIds.put(row.id(), roles);
            }
        }
        List<PersonChange> changes = new ArrayList<>();
        for (PersonRow row : rows) {
            if (!row.valid()) {
                continue;
            }
            String managerId = managers.get(row.id());
            if (managerId != null && JpaDirectoryAdmin.reaches(managerId, row.id(), managers::get)) {
                problem(columns, row.row(), PersonColumn.MANAGER, "directory.manager.cycle", managerId);
            }
            Person wanted = new Person(row.id(), row.name(), row.email(), row.phone(), departmentIds.get(row.id()),
                    managerId, row.active(), row.systemRoles(), roleIds.get(row.id()));
            changes.add(new PersonChange(row.id(), row.existing() == null,
                    row.existing() == null || !wanted.equals(row.existing()), row.name(), row.email(), row.phone(),
                    departmentIds.get(row.id()), managerId, row.active(), Set.copyOf(row.systemRoles()),
                    Set.copyOf(roleIds.get(row.id())), row.existing() == null ? row.password() : null));
        }
        return changes;
    }

    /** A role by id or by its exact Chinese or English name; {@code null} (and a problem) if none or several. */
    private String role(ColumnMap<PersonColumn> columns, Table.Row row, String reference) {
        String asId = reference.toLowerCase(Locale.ROOT);
        if (org.roles().containsKey(asId)) {
            return asId;
        }
        List<String> matches = org.roles().values().stream()
                .filter(role -> reference.equals(role.nameZh()) || reference.equalsIgnoreCase(role.nameEn()))
                .map(Role::id).toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        problem(columns, row, PersonColumn.ROLES, matches.isEmpty() ? "directory.role.unknown" : "directory.role.ambiguous",
                reference);
        return null;
    }

    /** Refuses a file that would leave Baton without an active administrator; names the rows that would. */
    private void checkAnAdministratorRemains(ColumnMap<PersonColumn> columns, List<PersonRow> rows,
                                             List<PersonChange> people) {
        Set<String> before = new HashSet<>();
        org.people().values().stream().filter(p -> p.active() && p.has(SystemRole.ADMIN)).forEach(p -> before.add(p.id()));
        Set<String> after = new HashSet<>(before);
        for (PersonChange person : people) {
            if (person.active() && person.systemRoles().contains(SystemRole.ADMIN)) {
                after.add(person.id());
            } else {
                after.remove(person.id());
            }
        }
        if (before.isEmpty() || !after.isEmpty()) {
            return;
        }
        for (PersonRow row : rows) {
            if (row.valid() && before.contains(row.id())) {
                PersonColumn column = row.active() ? PersonColumn.SYSTEM_ROLES : PersonColumn.ACTIVE;
                problem(columns, row.row(), column, "directory.lastAdministrator");
            }
        }
    }

    // ---- shared ----

    /** Checks a row's id: present, well-formed and not given twice in the file. */
    private <C extends Enum<C> & ImportColumn> boolean checkNewId(ColumnMap<C> columns, Table.Row row, C column,
                                                                  String id, String what, Map<String, Integer> seen,
                                                                  Violations violations) {
        if (id == null) {
            violations.invalid(column.field(), "directory.required", what + " is missing");
            return false;
        }
        DirectoryRules.checkId(violations, column.field(), what, id);
        if (!DirectoryRules.isId(id)) {
            return false;
        }
        Integer first = seen.putIfAbsent(id, row.number());
        if (first != null) {
            violations.invalid(column.field(), "directory.import.duplicate", "given twice", id, first);
            return false;
        }
        return true;
    }

    private <C extends Enum<C> & ImportColumn> void report(ColumnMap<C> columns, Table.Row row, Violations violations) {
        for (Violation violation : violations.list()) {
            C column = columns.column(violation.field());
            problems.add(new RowProblem(columns.table().sheet(), row.number(), violation.field(),
                    column != null && columns.has(column) ? columns.header(column) : null, violation.code(),
                    violation.arguments()));
        }
    }

    private <C extends Enum<C> & ImportColumn> void problem(ColumnMap<C> columns, Table.Row row, C column, String code,
                                                           Object... arguments) {
        problems.add(new RowProblem(columns.table().sheet(), row.number(), column.field(),
                columns.has(column) ? columns.header(column) : null, code, Arrays.asList(arguments)));
    }

    private void rejectIfProblems() {
        if (!problems.isEmpty()) {
            List<RowProblem> sorted = new ArrayList<>(problems);
            // departments before people (a workbook's two sheets), then by row; within a row, as found
            sorted.sort(Comparator.comparing((RowProblem problem) ->
                            !ImportFiles.DEPARTMENT_SHEETS.contains(ImportColumn.normalize(problem.sheet())))
                    .thenComparingInt(RowProblem::row));
            throw new OrgImportRejectedException(sorted);
        }
    }

    private static int rows(ColumnMap<?> columns) {
        return columns == null ? 0 : columns.table().rows().size();
    }

    private static List<String> split(String list) {
        if (list == null) {
            return List.of();
        }
        return Arrays.stream(list.split("[,，、;；]")).map(String::trim).filter(item -> !item.isEmpty())
                .distinct().toList();
    }

    /** Yes or no in the ways spreadsheets and people write it; {@code null} for anything else. */
    static Boolean yesOrNo(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "1", "是", "在职", "active", "√", "✓" -> Boolean.TRUE;
            case "no", "n", "false", "0", "否", "离职", "left", "inactive" -> Boolean.FALSE;
            default -> null;
        };
    }
}
