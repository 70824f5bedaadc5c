package dev.baton.forms;

import java.util.ArrayList;
import java.util.List;

import dev.baton.web.ProblemException.FieldProblem;

/**
 * The problems found in one submission, in the order they were found, up to
 * {@link #MAX_PROBLEMS}.
 */
final class SubmissionProblems {

	/**
	 * More problems than this are not listed (the submission is refused all the same).
	 */
	static final int MAX_PROBLEMS = 200;

	/** Stands for a value that cannot be stored; its problem is recorded. */
	static final Object INVALID = new Object();

	private final List<FieldProblem> problems = new ArrayList<>();

	List<FieldProblem> list() {
		return List.copyOf(problems);
	}

	/**
	 * Records a problem; always false, so checks can write {@code valid = problem(...)}.
	 */
	boolean problem(String path, String key, Object... arguments) {
		if (problems.size() < MAX_PROBLEMS) {
			problems.add(new FieldProblem(path, key, arguments));
		}
		return false;
	}

	/** Records a problem and gives {@link #INVALID}. */
	Object invalid(String path, String key, Object... arguments) {
		problem(path, key, arguments);
		return INVALID;
	}

}
