package dev.baton.modeling;

/**
 * A designer changed what runs: published a draft, rolled back to an older version
 * (published it again as a new version), or discarded a draft. Published inside the
 * change's transaction.
 *
 * @param processKey the process
 * @param version the version published; {@code null} for a discarded draft
 * @param fromVersion the older version a rollback published again, else {@code null}
 * @param processDefinitionId the engine's id of the version published; {@code null} for a
 * discarded draft
 * @param actorId who did it
 */
public record ProcessModelChanged(Kind kind, String processKey, Integer version, Integer fromVersion,
		String processDefinitionId, String actorId) {

	/** What happened; {@link #code()} is how the audit trail names it. */
	public enum Kind {

		PUBLISHED("model-published"), ROLLED_BACK("model-rolled-back"), DRAFT_DISCARDED("draft-discarded");

		private final String code;

		Kind(String code) {
			this.code = code;
		}

		public String code() {
			return code;
		}

	}

}
