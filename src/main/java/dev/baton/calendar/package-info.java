/**
 * The company's business calendar: which days are working days (Monday to Friday, except
 * public holidays, plus the make-up working days on weekends, 调休) and the working hours
 * of a working day (e.g. 09:00–18:00 without the lunch break), in the company's time zone
 * (Asia/Shanghai unless an administrator changes it).
 * <p>
 * A module of its own because deadlines in working days are not the only thing that needs
 * to know when the company works, and because its data is the administrator's, not the
 * engine's: the Chinese schedule changes every year (the State Council publishes the next
 * year's in November), so Baton ships the years it knows (resource
 * {@code calendar/china-holidays.json}, taken from the npm package {@code chinese-days})
 * and an administrator edits them and adds the next one in the console
 * ({@code /api/admin/calendar}, administrators only).
 * <p>
 * Other modules ask {@link dev.baton.calendar.BusinessCalendar}: a moment plus working
 * hours or working days, and the working time between two moments. The arithmetic itself
 * is {@link dev.baton.calendar.WorkingTime}, pure and testable without a database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Business calendar")
package dev.baton.calendar;
