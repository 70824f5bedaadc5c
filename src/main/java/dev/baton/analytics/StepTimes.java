package dev.baton.analytics;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How long each step of a process takes: the tasks of the engine's history that ended in
 * the period by a decision (approved, rejected, returned) — not those ended because the
 * request was withdrawn, cancelled or removed, whose engine delete reasons all begin with
 * {@code baton} — grouped by the step's id in the model.
 */
@Service
class StepTimes {

	private final JdbcTemplate jdbc;

	StepTimes(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	List<StepFigures> of(Period period, String processKey) {
		Map<String, String> names = new LinkedHashMap<>();
		Map<String, List<Long>> durations = new LinkedHashMap<>();
		jdbc.query("""
				SELECT TASK_DEF_KEY_, NAME_, DURATION_ FROM ACT_HI_TASKINST
				WHERE PROC_DEF_KEY_ = ? AND END_TIME_ >= ? AND END_TIME_ < ?
				  AND DURATION_ IS NOT NULL AND DELETE_REASON_ NOT LIKE 'baton%'
				ORDER BY START_TIME_""", row -> {
			String step = row.getString("TASK_DEF_KEY_");
			names.put(step, row.getString("NAME_"));
			durations.computeIfAbsent(step, key -> new ArrayList<>()).add(row.getLong("DURATION_"));
		}, processKey, Timestamp.from(period.start()), Timestamp.from(period.end()));
		List<StepFigures> steps = new ArrayList<>();
		durations.forEach((step, millis) -> {
			Durations figures = Durations.of(millis);
			steps.add(new StepFigures(step, names.get(step), figures.count(), figures.averageMs(), figures.medianMs(),
					figures.p90Ms()));
		});
		return steps;
	}

	/** One step: how many of its tasks were completed, and their durations. */
	record StepFigures(String stepKey, String name, int count, Long averageMs, Long medianMs, Long p90Ms) {
	}

}
