// Dates and localized names in the UI language, through Intl.
import type { Localized } from './types'

export function formatDateTime(iso: string | null | undefined, lang: string): string {
  if (!iso) return ''
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(date)
}

export function formatDate(iso: string | null | undefined, lang: string): string {
  if (!iso) return ''
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(date)
}

/** "3 hours ago", "in 2 days": for recent and near moments; older ones fall back to the date. */
export function formatRelative(
  iso: string | null | undefined,
  lang: string,
  now: Date = new Date(),
): string {
  if (!iso) return ''
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000)
  const abs = Math.abs(seconds)
  const rtf = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' })
  if (abs < 60) return rtf.format(0, 'second')
  if (abs < 3600) return rtf.format(Math.round(seconds / 60), 'minute')
  if (abs < 86400) return rtf.format(Math.round(seconds / 3600), 'hour')
  if (abs < 7 * 86400) return rtf.format(Math.round(seconds / 86400), 'day')
  return formatDate(iso, lang)
}

export function localized(text: Localized | string | null | undefined, lang: string): string {
  if (!text) return ''
  if (typeof text === 'string') return text
  return (lang.startsWith('zh') ? text.zh || text.en : text.en || text.zh) ?? ''
}

export type DueFilter = '' | 'overdue' | 'today' | 'week' | 'none'

/** Whether a due date falls in the inbox's due filter, counted in the browser's time zone. */
export function matchesDue(
  dueAt: string | null | undefined,
  filter: DueFilter,
  now: Date = new Date(),
): boolean {
  if (!filter) return true
  if (!dueAt) return filter === 'none'
  if (filter === 'none') return false
  const due = new Date(dueAt).getTime()
  if (filter === 'overdue') return due < now.getTime()
  const endOfToday = new Date(now)
  endOfToday.setHours(23, 59, 59, 999)
  if (filter === 'today') return due <= endOfToday.getTime()
  const endOfWeek = new Date(endOfToday)
  endOfWeek.setDate(endOfWeek.getDate() + 7)
  return due <= endOfWeek.getTime()
}

export function isOverdue(dueAt: string | null | undefined, now: Date = new Date()): boolean {
  return !!dueAt && new Date(dueAt).getTime() < now.getTime()
}
