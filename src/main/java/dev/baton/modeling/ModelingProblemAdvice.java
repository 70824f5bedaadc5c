package dev.baton.modeling;

import java.util.Date;
import java.util.Locale;

import dev.baton.directory.Directory;
import dev.baton.web.ProblemException;
import dev.baton.web.ProblemWriter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The designer's two refusals that carry more than a sentence: a stale save (409, with
 * the revision, who saved it and when) and a refused publish (422, with every finding).
 */
@RestControllerAdvice(assignableTypes = ModelingController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ModelingProblemAdvice {

	private final ProblemWriter problems;

	private final FindingViews views;

	private final Directory directory;

	ModelingProblemAdvice(ProblemWriter problems, FindingViews views, Directory directory) {
		this.problems = problems;
		this.views = views;
		this.directory = directory;
	}

	@ExceptionHandler(DraftStaleException.class)
	ResponseEntity<ProblemDetail> stale(DraftStaleException stale, Locale locale) {
		DraftStore.Draft current = stale.current();
		var updatedBy = directory.ref(current.updatedBy());
		ProblemDetail problem = problems.problem(locale, new ProblemException(HttpStatus.CONFLICT,
				"modeling.draft.stale", updatedBy.name(), Date.from(current.updatedAt()), current.revision()));
		problem.setProperty("revision", current.revision());
		problem.setProperty("updatedBy", updatedBy);
		problem.setProperty("updatedAt", current.updatedAt());
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	@ExceptionHandler(PublishRefusedException.class)
	ResponseEntity<ProblemDetail> refused(PublishRefusedException refused, Locale locale) {
		ProblemDetail problem = problems.problem(locale, new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY,
				"modeling.publish.blocked", refused.findings().stream().filter(Finding::isError).count()));
		problem.setProperty("findings", views.of(refused.findings()));
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).body(problem);
	}

}
