package dev.baton.requests;

import java.util.Collection;
import java.util.Collections;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps requests on the process version their instances run on when an administrator
 * moves running instances to another version (module operations): a request is read with
 * its version's names and forms.
 */
@Component
public class RequestVersions {

	private final JdbcTemplate jdbc;

	RequestVersions(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The requests of these process instances now run on this process version. */
	public void migrated(Collection<String> processInstanceIds, String processDefinitionId) {
		List<String> ids = List.copyOf(processInstanceIds);
		for (int from = 0; from < ids.size(); from += 500) {
			List<String> batch = ids.subList(from, Math.min(ids.size(), from + 500));
			Object[] arguments = new Object[batch.size() + 1];
			arguments[0] = processDefinitionId;
			for (int i = 0; i < batch.size(); i++) {
				arguments[i + 1] = batch.get(i);
			}
			jdbc.update("UPDATE baton_request SET process_definition_id = ? WHERE process_instance_id IN ("
					+ String.join(", ", Collections.nCopies(batch.size(), "?")) + ")", arguments);
		}
	}

}
