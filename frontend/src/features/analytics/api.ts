// The analytics client for /api/analytics (analysts and administrators), see the server's
// dev.baton.analytics. Dates are days in the company's time zone; durations milliseconds.
import { request } from '@/lib/api'

export type Bucket = 'day' | 'week' | 'month'

export interface Durations {
  count: number
  averageMs: number | null
  medianMs: number | null
  p90Ms: number | null
  p95Ms: number | null
}

export interface ProcessFigures {
  processKey: string | null
  started: number
  finished: number
  approved: number
  rejected: number
  withdrawn: number
  cancelled: number
  open: number
  cycleTime: Durations
}

export interface TrendPoint {
  date: string
  started: number
  finished: number
}

export interface Overview {
  from: string
  to: string
  bucket: Bucket
  total: ProcessFigures
  processes: ProcessFigures[]
  trend: TrendPoint[]
}

export interface StepFigures {
  stepKey: string
  name: string | null
  count: number
  averageMs: number | null
  medianMs: number | null
  p90Ms: number | null
}

export interface Query {
  from: string
  to: string
  processKey?: string
  bucket?: Bucket
}

export const analyticsApi = {
  overview: (query: Query) =>
    request<Overview>('GET', '/api/analytics/overview', undefined, { ...query }),
  steps: (query: Query & { processKey: string }) =>
    request<StepFigures[]>('GET', '/api/analytics/steps', undefined, {
      processKey: query.processKey,
      from: query.from,
      to: query.to,
    }),
}

/** A duration as people say it: minutes, hours or days with one decimal. */
export function formatDuration(
  ms: number | null | undefined,
  t: (key: string, values?: Record<string, unknown>) => string,
): string {
  if (ms === null || ms === undefined) return '—'
  const minutes = ms / 60_000
  if (minutes < 60) return t('analytics.minutes', { n: Math.max(1, Math.round(minutes)) })
  const hours = minutes / 60
  if (hours < 48) return t('analytics.hours', { n: Math.round(hours * 10) / 10 })
  return t('analytics.days', { n: Math.round((hours / 24) * 10) / 10 })
}
