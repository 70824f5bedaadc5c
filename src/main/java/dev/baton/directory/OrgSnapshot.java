package dev.baton.directory;

import java.util.Map;

/** The organisation as it is before an import, by id. */
record OrgSnapshot(Map<String, Department> departments, Map<String, Integer> sortOrders, Map<String, Role> roles,
		Map<String, Person> people) {
}
