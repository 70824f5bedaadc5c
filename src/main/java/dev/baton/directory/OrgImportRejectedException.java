package dev.baton.directory;

import java.util.List;

/**
 * An import that was refused as a whole because of these problems; nothing was written.
 */
class OrgImportRejectedException extends RuntimeException {

	private final transient List<RowProblem> problems;

	OrgImportRejectedException(List<RowProblem> problems) {
		super(problems.size() + " problems in the imported file");
		this.problems = List.copyOf(problems);
	}

	List<RowProblem> problems() {
		return problems;
	}

	/** How many distinct rows have a problem. */
	long badRowCount() {
		return problems.stream().map(problem -> problem.sheet() + "#" + problem.row()).distinct().count();
	}

}
