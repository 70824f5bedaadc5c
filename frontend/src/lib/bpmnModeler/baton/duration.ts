// Due times are ISO-8601 durations in `camunda:dueDate` (`P3D`, `PT12H`, `P1DT4H`); designers
// enter them as days and hours.

export interface DaysHours {
  days: number
  hours: number
}

const DURATION = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?)?$/

/** Days and hours of a duration such as `P1DT4H`; null for anything else (an expression, a date, weeks…). */
export function parseDuration(value: string | null | undefined): DaysHours | null {
  const text = (value ?? '').trim().toUpperCase()
  if (!text || text === 'P' || text.endsWith('T')) return null
  const match = DURATION.exec(text)
  if (!match) return null
  return { days: Number(match[1] ?? 0), hours: Number(match[2] ?? 0) }
}

/** The duration for days and hours (hours over 23 carry into days); '' when both are zero. */
export function formatDuration({ days, hours }: DaysHours): string {
  const totalHours = Math.max(0, Math.floor(days || 0)) * 24 + Math.max(0, Math.floor(hours || 0))
  if (totalHours === 0) return ''
  const d = Math.floor(totalHours / 24)
  const h = totalHours % 24
  return `P${d ? `${d}D` : ''}${h ? `T${h}H` : ''}`
}
