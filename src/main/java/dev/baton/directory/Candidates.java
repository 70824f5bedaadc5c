package dev.baton.directory;

import java.util.List;

/**
 * Who an approver rule's kind points at, before anybody is filtered out.
 *
 * @param ids candidate user ids, in order; may name unknown or inactive people
 * @param source what was looked for, e.g. "the direct manager of 'zhangwei'"
 * @param missing when {@code ids} is empty, an English sentence saying what was missing;
 * otherwise {@code null}
 */
record Candidates(List<String> ids, String source, String missing) {

	Candidates {
		ids = List.copyOf(ids);
	}

	static Candidates found(String source, List<String> ids) {
		return new Candidates(ids, source, null);
	}

	static Candidates none(String source, String missing) {
		return new Candidates(List.of(), source, missing);
	}
}
