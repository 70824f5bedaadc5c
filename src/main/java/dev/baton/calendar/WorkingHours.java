package dev.baton.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * When a working day works, in the company's time zone: from {@code start} to {@code end}
 * without the lunch break ({@code lunchStart} to {@code lunchEnd}, both {@code null} when
 * there is none). The constructor trusts its values; {@link CalendarAdmin} checks what an
 * administrator enters.
 */
public record WorkingHours(ZoneId zone, LocalTime start, LocalTime end, LocalTime lunchStart, LocalTime lunchEnd) {

	/** Asia/Shanghai, 09:00–18:00, lunch 12:00–13:00: eight working hours a day. */
	public static final WorkingHours DEFAULT = new WorkingHours(ZoneId.of("Asia/Shanghai"), LocalTime.of(9, 0),
			LocalTime.of(18, 0), LocalTime.of(12, 0), LocalTime.of(13, 0));

	/** The working periods of a working day, in order. */
	List<LocalTime[]> periods() {
		List<LocalTime[]> periods = new ArrayList<>();
		if (lunchStart == null || lunchEnd == null) {
			periods.add(new LocalTime[] { start, end });
		}
		else {
			periods.add(new LocalTime[] { start, lunchStart });
			periods.add(new LocalTime[] { lunchEnd, end });
		}
		return periods;
	}

	/** How long a working day works. */
	public Duration perDay() {
		return periods().stream()
			.map(period -> Duration.between(period[0], period[1]))
			.reduce(Duration.ZERO, Duration::plus);
	}

}
