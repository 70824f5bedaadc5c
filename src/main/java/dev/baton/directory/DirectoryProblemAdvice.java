package dev.baton.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.baton.web.Messages;
import dev.baton.web.ProblemException;
import dev.baton.web.ProblemException.FieldProblem;
import dev.baton.web.ProblemWriter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns the directory's refusals into translated problem details: a refused change lists
 * each field ({@code errors}); a refused import lists each bad row twice, as
 * {@code errors} (field {@code "row 7: manager"}) for generic clients and as {@code rows}
 * ({@code row}, {@code field}, {@code column}, {@code message}) for the import screen.
 */
@RestControllerAdvice(
		assignableTypes = { DirectoryAdminController.class, OrgChartController.class, OrgImportController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class DirectoryProblemAdvice {

	private final ProblemWriter problems;

	private final Messages messages;

	DirectoryProblemAdvice(ProblemWriter problems, Messages messages) {
		this.problems = problems;
		this.messages = messages;
	}

	@ExceptionHandler(DirectoryChangeException.class)
	ResponseEntity<ProblemDetail> refused(DirectoryChangeException refusal, Locale locale) {
		List<FieldProblem> fields = refusal.violations()
			.stream()
			.map(violation -> new FieldProblem(violation.field(), violation.code(), violation.arguments()))
			.toList();
		ProblemException problem = switch (refusal.reason()) {
			case NOT_FOUND -> new ProblemException(HttpStatus.NOT_FOUND, fields.get(0).messageKey(),
					fields.get(0).arguments().toArray());
			case CONFLICT -> new ProblemException(HttpStatus.CONFLICT, fields.get(0).messageKey(), fields,
					fields.get(0).arguments().toArray());
			case INVALID -> fields.isEmpty() ? new ProblemException(HttpStatus.BAD_REQUEST, "error.badRequest")
					: new ProblemException(HttpStatus.BAD_REQUEST, "error.invalidFields", fields);
		};
		return ResponseEntity.status(problem.status()).body(problems.problem(locale, problem));
	}

	@ExceptionHandler(OrgImportRejectedException.class)
	ResponseEntity<ProblemDetail> importRejected(OrgImportRejectedException rejection, Locale locale) {
		List<RowProblem> rows = rejection.problems();
		List<FieldProblem> fields = rows.stream()
			.map(row -> new FieldProblem(row.label(), row.code(), row.arguments()))
			.toList();
		ProblemDetail problem = problems.problem(locale, new ProblemException(HttpStatus.BAD_REQUEST,
				"directory.import.rejected", fields, rejection.badRowCount()));
		problem.setProperty("rows", rows.stream().map(row -> view(row, locale)).toList());
		return ResponseEntity.badRequest().body(problem);
	}

	private Map<String, Object> view(RowProblem row, Locale locale) {
		Map<String, Object> view = new LinkedHashMap<>();
		if (row.sheet() != null) {
			view.put("sheet", row.sheet());
		}
		view.put("row", row.row());
		view.put("field", row.field());
		if (row.column() != null) {
			view.put("column", row.column());
		}
		view.put("code", row.code());
		view.put("message", messages.get(locale, row.code(), row.arguments().toArray()));
		return view;
	}

}
