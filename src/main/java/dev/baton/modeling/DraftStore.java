package dev.baton.modeling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The modeling module's own tables (db/vendor/&#42;/V40__modeling.sql) through plain SQL
 * that runs on H2 and MySQL alike: drafts with their forms, and who published which
 * version.
 */
@Repository
class DraftStore {

	/** A draft; {@code bpmnXml} is {@code null} in lists. */
	record Draft(String key, String nameZh, String nameEn, String bpmnXml, Integer baseVersion, int revision,
			String createdBy, Instant createdAt, String updatedBy, Instant updatedAt) {
	}

	record Publication(String deploymentId, String processKey, int version, String definitionId, String publishedBy,
			Instant publishedAt, Integer republishedFrom) {
	}

	private static final String SUMMARY = "process_key, name_zh, name_en, base_version, revision, created_by, created_at, "
			+ "updated_by, updated_at";

	private final JdbcTemplate jdbc;

	DraftStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Draft> find(String key) {
		return jdbc
			.query("SELECT " + SUMMARY + ", bpmn_xml FROM baton_modeling_draft WHERE process_key = ?",
					(row, i) -> draft(row, true), key)
			.stream()
			.findFirst();
	}

	List<Draft> all() {
		return jdbc.query("SELECT " + SUMMARY + " FROM baton_modeling_draft ORDER BY process_key",
				(row, i) -> draft(row, false));
	}

	boolean exists(String key) {
		Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM baton_modeling_draft WHERE process_key = ?",
				Integer.class, key);
		return count != null && count > 0;
	}

	/** The draft's forms as JSON text, by form id, in the designer's order. */
	Map<String, String> forms(String key) {
		Map<String, String> forms = new LinkedHashMap<>();
		jdbc.query(
				"SELECT form_id, schema_json FROM baton_modeling_draft_form WHERE process_key = ? ORDER BY sort_order",
				row -> {
					forms.put(row.getString(1), row.getString(2));
				}, key);
		return forms;
	}

	/**
	 * @throws org.springframework.dao.DuplicateKeyException when the key has a draft
	 * already
	 */
	void insert(Draft draft, Map<String, String> forms) {
		jdbc.update("""
				INSERT INTO baton_modeling_draft (process_key, name_zh, name_en, bpmn_xml, base_version, revision,
				    created_by, created_at, updated_by, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", draft.key(), draft.nameZh(), draft.nameEn(), draft.bpmnXml(),
				draft.baseVersion(), draft.revision(), draft.createdBy(), Timestamp.from(draft.createdAt()),
				draft.updatedBy(), Timestamp.from(draft.updatedAt()));
		insertForms(draft.key(), forms);
	}

	/**
	 * Saves a new content over exactly the revision the caller edited: the row is locked
	 * and written only while it still has that revision.
	 * @return whether it was written (false: the draft is gone or has another revision
	 * now)
	 */
	boolean update(String key, int editedRevision, String nameZh, String nameEn, String bpmnXml,
			Map<String, String> forms, String updatedBy, Instant updatedAt) {
		int updated = jdbc.update("""
				UPDATE baton_modeling_draft SET name_zh = ?, name_en = ?, bpmn_xml = ?, revision = ?, updated_by = ?,
				    updated_at = ?
				WHERE process_key = ? AND revision = ?""", nameZh, nameEn, bpmnXml, editedRevision + 1, updatedBy,
				Timestamp.from(updatedAt), key, editedRevision);
		if (updated == 0) {
			return false;
		}
		jdbc.update("DELETE FROM baton_modeling_draft_form WHERE process_key = ?", key);
		insertForms(key, forms);
		return true;
	}

	/**
	 * @return whether it was deleted; with a revision, only while the draft still has it
	 * (forms go with it: cascade)
	 */
	boolean delete(String key, Integer revision) {
		if (revision == null) {
			return jdbc.update("DELETE FROM baton_modeling_draft WHERE process_key = ?", key) > 0;
		}
		return jdbc.update("DELETE FROM baton_modeling_draft WHERE process_key = ? AND revision = ?", key,
				revision) > 0;
	}

	void insertPublication(Publication publication) {
		jdbc.update(
				"""
						INSERT INTO baton_modeling_publication (deployment_id, process_key, version, definition_id, published_by,
						    published_at, republished_from)
						VALUES (?, ?, ?, ?, ?, ?, ?)""",
				publication.deploymentId(), publication.processKey(), publication.version(), publication.definitionId(),
				publication.publishedBy(), Timestamp.from(publication.publishedAt()), publication.republishedFrom());
	}

	/** Every publication made in the designer, by deployment id. */
	Map<String, Publication> publications() {
		Map<String, Publication> found = new LinkedHashMap<>();
		jdbc.query(
				"SELECT deployment_id, process_key, version, definition_id, published_by, published_at, republished_from "
						+ "FROM baton_modeling_publication",
				row -> {
					Publication publication = publication(row);
					found.put(publication.deploymentId(), publication);
				});
		return found;
	}

	Optional<Publication> publication(String deploymentId) {
		return jdbc
			.query("SELECT deployment_id, process_key, version, definition_id, published_by, published_at, "
					+ "republished_from FROM baton_modeling_publication WHERE deployment_id = ?",
					(row, i) -> publication(row), deploymentId)
			.stream()
			.findFirst();
	}

	private void insertForms(String key, Map<String, String> forms) {
		int order = 0;
		for (Map.Entry<String, String> form : forms.entrySet()) {
			jdbc.update(
					"INSERT INTO baton_modeling_draft_form (process_key, form_id, sort_order, schema_json) VALUES (?, ?, ?, ?)",
					key, form.getKey(), order++, form.getValue());
		}
	}

	private static Draft draft(ResultSet row, boolean withXml) throws SQLException {
		int base = row.getInt("base_version");
		Integer baseVersion = row.wasNull() ? null : base;
		return new Draft(row.getString("process_key"), row.getString("name_zh"), row.getString("name_en"),
				withXml ? row.getString("bpmn_xml") : null, baseVersion, row.getInt("revision"),
				row.getString("created_by"), row.getTimestamp("created_at").toInstant(), row.getString("updated_by"),
				row.getTimestamp("updated_at").toInstant());
	}

	private static Publication publication(ResultSet row) throws SQLException {
		int from = row.getInt("republished_from");
		Integer republishedFrom = row.wasNull() ? null : from;
		return new Publication(row.getString("deployment_id"), row.getString("process_key"), row.getInt("version"),
				row.getString("definition_id"), row.getString("published_by"),
				row.getTimestamp("published_at").toInstant(), republishedFrom);
	}

}
