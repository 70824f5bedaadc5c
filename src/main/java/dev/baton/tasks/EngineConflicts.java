package dev.baton.tasks;

import java.util.function.Supplier;

import dev.baton.web.ProblemException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;

/**
 * Two people acting on one task at the same moment: the engine's optimistic locking lets one
 * win; the other gets a 409 that says so, never a 500 and never a second downstream task.
 */
final class EngineConflicts {

    private EngineConflicts() {
    }

    static <T> T guard(Supplier<T> action) {
        try {
            return action.get();
        } catch (TaskAlreadyClaimedException claimed) {
            throw new ProblemException(HttpStatus.CONFLICT, "task.alreadyClaimed");
        } catch (OptimisticLockingException | ConcurrencyFailureException concurrent) {
            throw new ProblemException(HttpStatus.CONFLICT, "task.conflict");
        } catch (NullValueException gone) {
            throw new ProblemException(HttpStatus.CONFLICT, "task.gone");
        }
    }

    static void guard(Runnable action) {
        guard(() -> {
            action.run();
            return null;
        });
    }
}
