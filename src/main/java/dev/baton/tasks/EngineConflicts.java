package dev.baton.tasks;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.List;
import java.util.function.Supplier;

import dev.baton.engine.MissingVariableException;
import dev.baton.web.ProblemException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.SuspendedEntityInteractionException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;

/**
 * Two people acting on one task at the same moment: the engine's optimistic locking lets
 * one win; the other gets a 409 that says so, never a 500 and never a second downstream
 * task. And a decision the model cannot go on from, because an expression after the step
 * needs a value nobody supplied: 400 naming the value and the element, and the task stays
 * open.
 */
final class EngineConflicts {

	private EngineConflicts() {
	}

	static <T> T guard(Supplier<T> action) {
		try {
			return action.get();
		}
		catch (TaskAlreadyClaimedException claimed) {
			throw new ProblemException(HttpStatus.CONFLICT, "task.alreadyClaimed");
		}
		catch (OptimisticLockingException | ConcurrencyFailureException concurrent) {
			throw new ProblemException(HttpStatus.CONFLICT, "task.conflict");
		}
		catch (SuspendedEntityInteractionException suspended) {
			// an administrator paused the request
			throw new ProblemException(HttpStatus.CONFLICT, "task.suspended");
		}
		catch (NullValueException gone) {
			throw new ProblemException(HttpStatus.CONFLICT, "task.gone");
		}
		catch (MissingVariableException missing) {
			String element = missing.elementName() != null && !missing.elementName().isBlank()
					? missing.elementName().strip() : missing.elementId() != null ? missing.elementId() : "";
			throw new ProblemException(HttpStatus.BAD_REQUEST, "task.missingValue",
					List.of(new ProblemException.FieldProblem(missing.variable(), "task.data.neededBy", element)),
					missing.variable(), element)
				.withProperty("elementId", missing.elementId())
				.withProperty("variable", missing.variable());
		}
		catch (ProcessEngineException failure) {
			if (isLockConflict(failure)) {
				throw new ProblemException(HttpStatus.CONFLICT, "task.conflict");
			}
			throw failure;
		}
	}

	/**
	 * A deadlock or serialization failure reported by the database (MySQL: SQLState
	 * 40001).
	 */
	static boolean isLockConflict(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLTransactionRollbackException) {
				return true;
			}
			if (cause instanceof SQLException sql && "40001".equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	static void guard(Runnable action) {
		guard(() -> {
			action.run();
			return null;
		});
	}

}
