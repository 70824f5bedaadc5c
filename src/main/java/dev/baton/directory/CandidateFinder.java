package dev.baton.directory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the candidates each {@link ApproverRule.Kind} points at; see the kinds for the
 * rules.
 */
final class CandidateFinder {

	private final OrgLookup org;

	private final OrgChartWalk walk;

	CandidateFinder(OrgLookup org, OrgChartWalk walk) {
		this.org = org;
		this.walk = walk;
	}

	Candidates find(ApproverRule rule, ApprovalContext context) {
		return switch (rule.kind()) {
			case USERS -> Candidates.found("the listed users (" + String.join(", ", rule.users()) + ")", rule.users());
			case ROLE -> role(rule.role());
			case DEPARTMENT_ROLE -> rule.department() == null ? departmentRole(rule.role(), context.initiatorId())
					: roleInDepartment(rule.role(), rule.department());
			case MANAGER -> manager(rule.level(), context.initiatorId());
			case DEPARTMENT_HEAD ->
				rule.department() == null ? departmentHead(context.initiatorId()) : headOf(rule.department());
			case FORM_DEPARTMENT_HEAD -> formDepartmentHead(rule.field(), context);
			case MANAGER_CHAIN -> managerChain(rule.level(), rule.untilRole(), context.initiatorId());
			case FORM_USER -> formUser(rule.field(), context);
		};
	}

	private Candidates role(String roleId) {
		String source = "the holders of role '" + roleId + "'";
		List<String> holders = ids(org.holdersOf(roleId));
		return holders.isEmpty() ? Candidates.none(source, "No active holder of role '" + roleId + "'")
				: Candidates.found(source, holders);
	}

	private Candidates departmentRole(String roleId, String initiatorId) {
		String source = "the holders of role '" + roleId + "' in the department of " + quote(initiatorId);
		Person initiator;
		try {
			initiator = initiatorInDepartment(initiatorId);
		}
		catch (NoCandidate e) {
			return Candidates.none(source, e.getMessage());
		}
		return holdersFrom(source, roleId, initiator.departmentId());
	}

	private Candidates roleInDepartment(String roleId, String departmentId) {
		String source = "the holders of role '" + roleId + "' in department '" + departmentId + "'";
		if (org.department(departmentId).isEmpty()) {
			return Candidates.none(source, "There is no department '" + departmentId + "'");
		}
		return holdersFrom(source, roleId, departmentId);
	}

	/**
	 * The holders of the role in the department, else in the nearest department above
	 * that has some.
	 */
	private Candidates holdersFrom(String source, String roleId, String departmentId) {
		List<Person> holders = org.holdersOf(roleId);
		Set<String> seen = new HashSet<>();
		for (String department = departmentId; department != null && seen
			.add(department); department = org.department(department).map(Department::parentId).orElse(null)) {
			String current = department;
			List<String> inDepartment = holders.stream()
				.filter(holder -> current.equals(holder.departmentId()))
				.map(Person::id)
				.toList();
			if (!inDepartment.isEmpty()) {
				return Candidates.found(source, inDepartment);
			}
		}
		return Candidates.none(source, "No active holder of role '" + roleId + "' in department '" + departmentId
				+ "' or the departments above it");
	}

	private Candidates headOf(String departmentId) {
		String source = "the head of department '" + departmentId + "'";
		if (org.department(departmentId).isEmpty()) {
			return Candidates.none(source, "There is no department '" + departmentId + "'");
		}
		return walk.headAbove(departmentId, null)
			.map(head -> Candidates.found(source, List.of(head)))
			.orElseGet(() -> Candidates.none(source,
					"Neither department '" + departmentId + "' nor a department above it has a head"));
	}

	private Candidates manager(int level, String initiatorId) {
		String source = (level == 1 ? "the direct manager of " : "the level-" + level + " manager of ")
				+ quote(initiatorId);
		try {
			Person current = initiator(initiatorId);
			Set<String> seen = new HashSet<>(Set.of(current.id()));
			for (int step = 1; step <= level; step++) {
				Optional<String> next = walk.managerOf(current).filter(id -> !seen.contains(id));
				if (next.isEmpty()) {
					return Candidates.none(source,
							step == 1 ? "The initiator " + quote(initiatorId) + " has no manager"
									: "The initiator " + quote(initiatorId) + " has no manager at level " + step
											+ "; the chain ends at '" + current.id() + "'");
				}
				current = known(next.get(), current);
				seen.add(current.id());
			}
			return Candidates.found(source, List.of(current.id()));
		}
		catch (NoCandidate e) {
			return Candidates.none(source, e.getMessage());
		}
	}

	private Candidates departmentHead(String initiatorId) {
		String source = "the head of the department of " + quote(initiatorId);
		Person initiator;
		try {
			initiator = initiatorInDepartment(initiatorId);
		}
		catch (NoCandidate e) {
			return Candidates.none(source, e.getMessage());
		}
		return walk.headAbove(initiator.departmentId(), initiator.id())
			.map(head -> Candidates.found(source, List.of(head)))
			.orElseGet(() -> Candidates.none(source, "Neither department '" + initiator.departmentId()
					+ "' nor a department above it has a head other than " + quote(initiatorId)));
	}

	private Candidates formDepartmentHead(String field, ApprovalContext context) {
		String source = "the head of the department in form field '" + field + "'";
		List<String> values = fieldValues(field, context);
		if (values == null) {
			return Candidates.none(source, "Form field '" + field + "' is missing");
		}
		if (values.isEmpty()) {
			return Candidates.none(source, "Form field '" + field + "' is blank");
		}
		if (values.size() > 1) {
			return Candidates.none(source,
					"Form field '" + field + "' holds " + values.size() + " values, but must hold one department id");
		}
		String departmentId = values.get(0);
		if (org.department(departmentId).isEmpty()) {
			return Candidates.none(source,
					"Form field '" + field + "' names the unknown department '" + departmentId + "'");
		}
		return walk.headAbove(departmentId, null)
			.map(head -> Candidates.found(source, List.of(head)))
			.orElseGet(() -> Candidates.none(source, "Neither department '" + departmentId + "' (form field '" + field
					+ "') nor a department above it has a head"));
	}

	private Candidates managerChain(int level, String untilRole, String initiatorId) {
		String limit = untilRole == null ? "up to level " + level
				: level == 0 ? "up to role '" + untilRole + "'" : "up to role '" + untilRole + "' or level " + level;
		String source = "the managers of " + quote(initiatorId) + " " + limit;
		int maxLevel = level == 0 ? ApproverRule.MAX_LEVEL : level;
		try {
			Person current = initiator(initiatorId);
			Set<String> seen = new HashSet<>(Set.of(current.id()));
			List<String> chain = new ArrayList<>();
			for (int step = 1; step <= maxLevel; step++) {
				Optional<String> next = walk.managerOf(current).filter(id -> !seen.contains(id));
				if (next.isEmpty()) {
					break; // the top of the organisation: the chain is just shorter
				}
				Optional<Person> manager = org.person(next.get());
				if (manager.isEmpty()) {
					break; // a dangling manager id ends the chain like the top does
				}
				current = manager.get();
				seen.add(current.id());
				chain.add(current.id());
				if (untilRole != null && current.active() && current.holds(untilRole)) {
					break;
				}
			}
			return chain.isEmpty() ? Candidates.none(source, "The initiator " + quote(initiatorId) + " has no manager")
					: Candidates.found(source, chain);
		}
		catch (NoCandidate e) {
			return Candidates.none(source, e.getMessage());
		}
	}

	private Candidates formUser(String field, ApprovalContext context) {
		String source = "the users in form field '" + field + "'";
		List<String> values = fieldValues(field, context);
		if (values == null) {
			return Candidates.none(source, "Form field '" + field + "' is missing");
		}
		if (values.isEmpty()) {
			return Candidates.none(source, "Form field '" + field + "' is blank");
		}
		return Candidates.found(source, values);
	}

	/**
	 * The ids in a form field: a text (comma-separated ids allowed), or a list or array
	 * of them. {@code null} when the field is absent or null, empty when it holds only
	 * blanks.
	 */
	private static List<String> fieldValues(String field, ApprovalContext context) {
		Object value = context.variables().get(field);
		if (value == null) {
			return null;
		}
		Collection<?> items;
		if (value instanceof Collection<?> collection) {
			items = collection;
		}
		else if (value instanceof Object[] array) {
			items = Arrays.asList(array);
		}
		else {
			items = Arrays.asList(value.toString().split(","));
		}
		return items.stream()
			.filter(Objects::nonNull)
			.map(item -> item.toString().trim())
			.filter(item -> !item.isEmpty())
			.distinct()
			.toList();
	}

	/** The initiator, who must belong to a department. */
	private Person initiatorInDepartment(String initiatorId) {
		Person initiator = initiator(initiatorId);
		if (initiator.departmentId() == null) {
			throw new NoCandidate("The initiator " + quote(initiatorId) + " belongs to no department");
		}
		return initiator;
	}

	private Person initiator(String initiatorId) {
		if (initiatorId == null || initiatorId.isBlank()) {
			throw new NoCandidate("The request has no initiator");
		}
		return org.person(initiatorId)
			.orElseThrow(() -> new NoCandidate("The initiator '" + initiatorId + "' is not in the directory"));
	}

	private Person known(String managerId, Person of) {
		return org.person(managerId)
			.orElseThrow(() -> new NoCandidate(
					"The manager '" + managerId + "' of '" + of.id() + "' is not in the directory"));
	}

	private static List<String> ids(List<Person> people) {
		return people.stream().map(Person::id).toList();
	}

	private static String quote(String id) {
		return id == null ? "(no initiator)" : "'" + id + "'";
	}

	/** Ends a search early with the sentence saying what was missing. */
	private static final class NoCandidate extends RuntimeException {

		NoCandidate(String message) {
			super(message, null, false, false);
		}

	}

}
