package dev.baton.directory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.baton.directory.LoginsRevoked.Reason;

/**
 * {@link DemoCompany} on the directory's tables, in plain SQL so that the rows go in the
 * order their foreign keys need: references to removed people first, then the people,
 * then the departments (children first) and roles nobody uses any more.
 */
@Component
class JdbcDemoCompany implements DemoCompany {

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	JdbcDemoCompany(JdbcTemplate jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	@Override
	public Set<String> logins() {
		return DemoOrganisation.logins();
	}

	@Override
	@Transactional(readOnly = true)
	public List<String> remaining() {
		return jdbc.queryForList("SELECT id FROM baton_users ORDER BY id", String.class)
			.stream()
			.filter(logins()::contains)
			.toList();
	}

	@Override
	@Transactional
	public Removed remove(String keep) {
		List<String> people = remaining().stream().filter(id -> !id.equals(keep)).toList();
		if (logins().contains(keep)) {
			jdbc.update("UPDATE baton_users SET department_id = NULL, manager_id = NULL WHERE id = ?", keep);
			for (String role : DemoOrganisation.roleIds()) {
				jdbc.update("DELETE FROM baton_user_roles WHERE user_id = ? AND role_id = ?", keep, role);
			}
		}
		for (String person : people) {
			jdbc.update("UPDATE baton_departments SET head_user_id = NULL WHERE head_user_id = ?", person);
			jdbc.update("UPDATE baton_users SET manager_id = NULL WHERE manager_id = ?", person);
		}
		for (String person : people) {
			jdbc.update("DELETE FROM baton_api_tokens WHERE user_id = ?", person);
			jdbc.update("DELETE FROM baton_user_roles WHERE user_id = ?", person);
			jdbc.update("DELETE FROM baton_user_system_roles WHERE user_id = ?", person);
			jdbc.update("DELETE FROM baton_users WHERE id = ?", person);
			events.publishEvent(new LoginsRevoked(person, Reason.LEFT));
		}
		List<String> departments = new ArrayList<>();
		List<String> childrenFirst = new ArrayList<>(DemoOrganisation.departmentIds());
		Collections.reverse(childrenFirst);
		for (String department : childrenFirst) {
			boolean used = count("SELECT COUNT(*) FROM baton_users WHERE department_id = ?", department) > 0
					|| count("SELECT COUNT(*) FROM baton_departments WHERE parent_id = ?", department) > 0;
			if (!used && jdbc.update("DELETE FROM baton_departments WHERE id = ?", department) > 0) {
				departments.add(department);
			}
		}
		List<String> roles = new ArrayList<>();
		for (String role : DemoOrganisation.roleIds()) {
			if (count("SELECT COUNT(*) FROM baton_user_roles WHERE role_id = ?", role) == 0
					&& jdbc.update("DELETE FROM baton_roles WHERE id = ?", role) > 0) {
				roles.add(role);
			}
		}
		return new Removed(people, departments, roles);
	}

	private int count(String sql, String id) {
		Integer count = jdbc.queryForObject(sql, Integer.class, id);
		return count == null ? 0 : count;
	}

}
