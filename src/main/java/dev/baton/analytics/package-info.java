/**
 * How long processes and their steps really take (分析): per process, how many requests
 * were started in a period, how many ended and how (approved, rejected, withdrawn,
 * cancelled), how many are still open, a trend by day, week or month, and the cycle time
 * of decided requests (average, median, P90, P95); per step of a process, how many tasks
 * were completed and their median and P90 duration.
 * <p>
 * A module of its own because management needs these figures across every request of the
 * company, which no other module's view gives (a person's requests, an approver's inbox,
 * an administrator's console), and because it only reads: it adds nothing to the approval
 * path. It reads Baton's request table ({@code baton_request}) and the engine's task
 * history ({@code ACT_HI_TASKINST}) over a date range and computes the statistics in
 * Java. Over HTTP: {@code /api/analytics}, for analysts (the general manager holds that
 * role in the demo organisation) and administrators; everyone else gets 403.
 * <p>
 * It exposes nothing to other modules; it asks
 * {@link dev.baton.calendar.BusinessCalendar} for the company's time zone, in which days,
 * weeks and months begin.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analytics")
package dev.baton.analytics;
