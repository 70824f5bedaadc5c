// The calendar page's client for /api/admin/calendar. Types mirror the server's JSON.
import { request } from '@/lib/api'

export interface WorkingHours {
  timeZone: string
  /** HH:mm */
  workStart: string
  workEnd: string
  /** HH:mm, or null: no lunch break */
  lunchStart: string | null
  lunchEnd: string | null
}

export interface CalendarYear {
  year: number
  /** where its schedule came from: the shipped data ("chinese-days 1.5.7") or "admin" */
  source: string
}

export interface CalendarView {
  hours: WorkingHours & { version: number; updatedBy: string | null }
  minutesPerDay: number
  years: CalendarYear[]
}

export type DayKind = 'HOLIDAY' | 'WORKDAY'

/** A day that differs from the weekday rule (Monday to Friday work). */
export interface MarkedDay {
  /** yyyy-MM-dd */
  date: string
  kind: DayKind
  name: string | null
}

export interface YearView {
  year: number
  known: boolean
  days: MarkedDay[]
}

export const calendarApi = {
  read: () => request<CalendarView>('GET', '/api/admin/calendar'),
  changeHours: (hours: WorkingHours) =>
    request<CalendarView>('PUT', '/api/admin/calendar/hours', hours),
  year: (year: number) => request<YearView>('GET', `/api/admin/calendar/years/${year}`),
  addYear: (year: number | null) =>
    request<CalendarView>('POST', '/api/admin/calendar/years', { year }),
  markDay: (date: string, kind: DayKind | null, name: string | null) =>
    request<YearView>('PUT', `/api/admin/calendar/days/${encodeURIComponent(date)}`, {
      kind,
      name,
    }),
}
