package dev.baton.analytics;

import java.util.ArrayList;
import java.util.List;

import dev.baton.analytics.StepTimes.StepFigures;
import dev.baton.calendar.BusinessCalendar;
import dev.baton.web.ProblemException.FieldProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Analytics over HTTP, for analysts and administrators. Dates are days
 * ({@code 2026-01-31}) in the company's time zone, both included; without them, the last
 * 30 days. Durations are in milliseconds.
 */
@RestController
@RequestMapping("/api/analytics")
@PreAuthorize("hasAnyRole('ANALYST', 'ADMIN')")
@Tag(name = "Analytics", description = "Cycle times and throughput; analysts and administrators only")
class AnalyticsController {

	private final Overview overview;

	private final StepTimes steps;

	private final BusinessCalendar calendar;

	AnalyticsController(Overview overview, StepTimes steps, BusinessCalendar calendar) {
		this.overview = overview;
		this.steps = steps;
		this.calendar = calendar;
	}

	@GetMapping("/overview")
	@Operation(summary = "Per process: requests started, ended by outcome, still open, a trend by day, week or "
			+ "month, and the cycle time (average, median, P90, P95) of the requests decided in the period")
	@ApiResponse(responseCode = "400", description = "a bad date, period, bucket or process key (errors name it)")
	Overview.Result overview(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String processKey, @RequestParam(required = false) String bucket) {
		List<FieldProblem> problems = new ArrayList<>();
		Period period = Period.parse(from, to, calendar.zone(), problems);
		String key = Period.processKey(processKey, false, problems);
		Period.Bucket grouping = Period.Bucket.parse(bucket, problems);
		Period.check(problems);
		return overview.of(period, grouping, key);
	}

	@GetMapping("/steps")
	@Operation(summary = "Per step of a process: how many tasks were completed in the period, and their average, "
			+ "median and P90 duration")
	@ApiResponse(responseCode = "400", description = "no or a bad process key, a bad date or period")
	List<StepFigures> steps(@RequestParam(required = false) String processKey,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		List<FieldProblem> problems = new ArrayList<>();
		Period period = Period.parse(from, to, calendar.zone(), problems);
		String key = Period.processKey(processKey, true, problems);
		Period.check(problems);
		return steps.of(period, key);
	}

}
