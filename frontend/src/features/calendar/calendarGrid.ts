// The days of a month as a grid of weeks (Monday first), each day with what the calendar makes
// of it. Pure: the page draws it.
import type { DayKind, MarkedDay } from './api'

export interface GridDay {
  /** yyyy-MM-dd */
  date: string
  day: number
  weekend: boolean
  /** the mark, if the day differs from its weekday */
  kind: DayKind | null
  name: string | null
  /** whether people work that day */
  working: boolean
}

const pad = (n: number) => String(n).padStart(2, '0')

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`
}

/** Weeks of the month (1–12), each seven cells; null before the 1st and after the last day. */
export function monthGrid(year: number, month: number, marks: MarkedDay[]): (GridDay | null)[][] {
  const byDate = new Map(marks.map((mark) => [mark.date, mark]))
  const first = new Date(Date.UTC(year, month - 1, 1))
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  // Monday = 0 … Sunday = 6
  const offset = (first.getUTCDay() + 6) % 7
  const cells: (GridDay | null)[] = Array.from({ length: offset }, () => null)
  for (let day = 1; day <= days; day++) {
    const weekday = (offset + day - 1) % 7
    const weekend = weekday >= 5
    const date = isoDate(year, month, day)
    const mark = byDate.get(date)
    const kind = mark?.kind ?? null
    cells.push({
      date,
      day,
      weekend,
      kind,
      name: mark?.name ?? null,
      working: kind ? kind === 'WORKDAY' : !weekend,
    })
  }
  while (cells.length % 7) cells.push(null)
  const weeks: (GridDay | null)[][] = []
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7))
  return weeks
}

/** Working hours per day from HH:mm times, lunch excluded; null when a time cannot be read. */
export function hoursPerDay(
  start: string,
  end: string,
  lunchStart: string | null,
  lunchEnd: string | null,
): number | null {
  const minutes = (time: string | null) => {
    const match = /^(\d{2}):(\d{2})$/.exec((time ?? '').trim())
    return match ? Number(match[1]) * 60 + Number(match[2]) : null
  }
  const a = minutes(start)
  const b = minutes(end)
  if (a == null || b == null || b <= a) return null
  const ls = minutes(lunchStart)
  const le = minutes(lunchEnd)
  const lunch = ls != null && le != null && le > ls ? le - ls : 0
  return (b - a - lunch) / 60
}
