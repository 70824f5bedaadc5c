package dev.baton.calendar;

/**
 * An administrator changed the business calendar; published inside the change's
 * transaction.
 *
 * @param part {@code calendar-hours} (working hours, time zone), {@code calendar-year} (a
 * year added) or {@code calendar-day} (a day marked or unmarked)
 * @param detail what changed, e.g. {@code 2026-12-24 HOLIDAY 公司年会}
 * @param actorId who changed it
 */
public record CalendarChanged(String part, String detail, String actorId) {
}
