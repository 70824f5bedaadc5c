package dev.baton.calendar;

/**
 * What a calendar entry makes of a day, against the weekday rule (Monday to Friday work).
 */
public enum DayKind {

	/** A public holiday: no work, whatever the weekday. */
	HOLIDAY,

	/** A make-up working day (调休): work, though it is a Saturday or Sunday. */
	WORKDAY

}
