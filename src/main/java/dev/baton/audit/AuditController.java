package dev.baton.audit;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.baton.tasks.LedgerFilter;
import dev.baton.tasks.LedgerSearch;
import dev.baton.tasks.LedgerVerification;
import dev.baton.web.ProblemException;
import dev.baton.web.ProblemException.FieldProblem;
import dev.baton.web.TableFiles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit view's API, for administrators and auditors: the ledger searched a page at a
 * time, exported with Chinese headers, and its hash chain verified. Everything here only
 * reads.
 */
@RestController
@RequestMapping("/api/audit")
@PreAuthorize("hasAnyRole('ADMIN','AUDITOR')")
@Tag(name = "Audit", description = "Who decided what: the approval ledger; administrators and auditors")
class AuditController {

	static final int MAX_PAGE_SIZE = 100;

	static final List<String> HEADER = List.of("序号", "时间", "操作人", "操作人账号", "操作", "申请编号", "流程", "步骤", "对象", "对象账号",
			"意见/说明", "数据摘要(SHA-256)");

	private static final int[] WIDTHS = { 8, 20, 12, 14, 12, 18, 18, 16, 12, 14, 40, 20 };

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final LedgerSearch search;

	private final LedgerVerification verification;

	private final AuditRows rows;

	AuditController(LedgerSearch search, LedgerVerification verification, AuditRows rows) {
		this.search = search;
		this.verification = verification;
		this.rows = rows;
	}

	record AuditPage(List<AuditRows.AuditRow> items, long total, int page, int size) {
	}

	/**
	 * @param intact whether every row up to {@code lastId} still fits the chain
	 * @param brokenAt the id of the first row that does not fit, if one does not
	 * @param problem {@code CHANGED}, {@code LINK} or {@code MISSING_END}
	 */
	record VerificationView(boolean intact, long checkedRows, Long brokenAt, String problem, Long lastId,
			Instant checkedAt) {
	}

	@GetMapping("/entries")
	@Operation(summary = "Ledger entries, newest first, filtered by person, request, process, decision and period")
	AuditPage entries(@RequestParam(required = false) String person, @RequestParam(required = false) String request,
			@RequestParam(required = false) String process, @RequestParam(required = false) List<String> decision,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		List<FieldProblem> problems = new ArrayList<>();
		if (page < 0) {
			problems.add(new FieldProblem("page", "audit.page.invalid"));
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			problems.add(new FieldProblem("size", "audit.size.invalid", MAX_PAGE_SIZE));
		}
		if (!problems.isEmpty()) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "error.invalidFields", problems);
		}
		LedgerFilter filter = new AuditQuery(person, request, process, decision, from, to).toFilter();
		AuditRows.Namer namer = rows.namer(LocaleContextHolder.getLocale());
		List<AuditRows.AuditRow> items = search.page(filter, page * size, size).stream().map(namer::row).toList();
		return new AuditPage(items, search.count(filter), page, size);
	}

	@GetMapping("/export")
	@Operation(summary = "The entries of a search as .xlsx (format=xlsx) or UTF-8 CSV (format=csv), "
			+ "Chinese headers, at most 100,000 rows; zone: the time zone of the times (default: the server's)")
	void export(@RequestParam(required = false) String person, @RequestParam(required = false) String request,
			@RequestParam(required = false) String process, @RequestParam(required = false) List<String> decision,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(defaultValue = "xlsx") String format, @RequestParam(required = false) String zone,
			HttpServletResponse response) throws IOException {
		boolean xlsx = switch (format) {
			case "xlsx" -> true;
			case "csv" -> false;
			default -> throw new ProblemException(HttpStatus.BAD_REQUEST, "error.invalidFields",
					List.of(new FieldProblem("format", "audit.format.invalid")));
		};
		ZoneId zoneId = zone(zone);
		LedgerFilter filter = new AuditQuery(person, request, process, decision, from, to).toFilter();
		AuditRows.Namer namer = rows.namer(Locale.SIMPLIFIED_CHINESE);
		String fileName = "审计记录-" + LocalDate.now(zoneId) + (xlsx ? ".xlsx" : ".csv");
		response.setContentType(xlsx ? TableFiles.XLSX_TYPE : TableFiles.CSV_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"audit-" + LocalDate.now(zoneId) + (xlsx ? ".xlsx" : ".csv")
						+ "\"; filename*=UTF-8''"
						+ URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
		TableFiles.Rows table = sink -> {
			IOException[] failure = { null };
			search.forEach(filter, entry -> {
				if (failure[0] == null) {
					try {
						sink.row(cells(namer.row(entry), zoneId));
					}
					catch (IOException e) {
						failure[0] = e;
					}
				}
			});
			if (failure[0] != null) {
				throw failure[0];
			}
		};
		if (xlsx) {
			TableFiles.xlsx(response.getOutputStream(), "审计记录", HEADER, WIDTHS, table);
		}
		else {
			TableFiles.csv(response.getOutputStream(), HEADER, table);
		}
	}

	@GetMapping("/verification")
	@Operation(summary = "Check the ledger's hash chain; names the first row that does not fit")
	VerificationView verify() {
		LedgerVerification.Result result = verification.verify();
		return new VerificationView(result.intact(), result.checkedRows(), result.brokenAt(),
				result.problem() == null ? null : result.problem().name(), result.lastId(), Instant.now());
	}

	private static List<String> cells(AuditRows.AuditRow row, ZoneId zone) {
		List<String> cells = new ArrayList<>();
		cells.add(String.valueOf(row.id()));
		cells.add(TIME.format(row.recordedAt().atZone(zone)));
		cells.add(row.actor() == null ? "系统" : row.actor().name());
		cells.add(row.actor() == null ? null : row.actor().id());
		cells.add(row.decisionLabel());
		cells.add(row.requestId());
		cells.add(row.processKey());
		cells.add(row.stepName());
		cells.add(row.target() == null ? null : row.target().name());
		cells.add(row.target() == null ? null : row.target().id());
		cells.add(row.comment());
		cells.add(row.dataHash());
		return cells;
	}

	private static ZoneId zone(String zone) {
		if (zone == null || zone.isBlank()) {
			return ZoneId.systemDefault();
		}
		try {
			return ZoneId.of(zone.trim());
		}
		catch (DateTimeException e) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "error.invalidFields",
					List.of(new FieldProblem("zone", "audit.zone.invalid", zone)));
		}
	}

}
