// The audit view's client for /api/audit (docs/api.md "Audit"). Types mirror the server's JSON.
import { request } from '@/lib/api'

export interface PersonRef {
  id: string
  name: string
}

export interface AuditRow {
  id: number
  recordedAt: string
  actor: PersonRef | null
  decision: string
  decisionLabel: string
  requestId: string | null
  processInstanceId: string | null
  processKey: string | null
  stepName: string | null
  target: PersonRef | null
  comment: string | null
  dataHash: string | null
}

export interface AuditPage {
  items: AuditRow[]
  total: number
  page: number
  size: number
}

export interface Verification {
  intact: boolean
  checkedRows: number
  brokenAt: number | null
  problem: 'CHANGED' | 'LINK' | 'REMOVED' | 'UNCHAINED' | 'MISSING_END' | null
  lastId: number | null
  checkedAt: string
}

/** What the audit view searches for; empty parts are left out. */
export interface AuditFilter {
  person?: string
  request?: string
  process?: string
  decisions: string[]
  /** first and last day (YYYY-MM-DD, the browser's time zone), both included */
  period?: [string, string] | null
}

/** The filter as query parameters: days become instants in the browser's time zone. */
export function auditQuery(filter: AuditFilter): URLSearchParams {
  const params = new URLSearchParams()
  if (filter.person) params.set('person', filter.person)
  if (filter.request?.trim()) params.set('request', filter.request.trim())
  if (filter.process) params.set('process', filter.process)
  for (const decision of filter.decisions) params.append('decision', decision)
  if (filter.period) {
    params.set('from', startOfDay(filter.period[0]))
    params.set('to', startOfDay(filter.period[1], 1))
  }
  return params
}

/** The start of a local day (plus `days`) as an ISO instant. */
export function startOfDay(day: string, days = 0): string {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number)
  return new Date(year, month - 1, date + days).toISOString()
}

function withParams(path: string, params: URLSearchParams) {
  const text = params.toString()
  return text ? `${path}?${text}` : path
}

export const auditApi = {
  entries: (filter: AuditFilter, page: number, size: number) => {
    const params = auditQuery(filter)
    params.set('page', String(page))
    params.set('size', String(size))
    return request<AuditPage>('GET', withParams('/api/audit/entries', params))
  },
  /** A plain link: the browser downloads the file with the session cookie. */
  exportUrl: (filter: AuditFilter, format: 'xlsx' | 'csv') => {
    const params = auditQuery(filter)
    params.set('format', format)
    params.set('zone', Intl.DateTimeFormat().resolvedOptions().timeZone)
    return withParams('/api/audit/export', params)
  },
  verify: () => request<Verification>('GET', '/api/audit/verification'),
}

/** The actions the ledger records, grouped as the filter offers them. */
export const DECISION_GROUPS: { key: 'requests' | 'changes'; decisions: string[] }[] = [
  {
    key: 'requests',
    decisions: [
      'start',
      'approve',
      'reject',
      'return',
      'resolve',
      'transfer',
      'delegate',
      'add-signer',
      'claim',
      'unclaim',
      'withdraw',
      'urge',
      'cc',
      'comment',
      'auto-approve',
      'skip',
      'engine-rest',
      'deadline-notify',
      'deadline-transfer',
      'deadline-approve',
      'deadline-reject',
    ],
  },
  {
    key: 'changes',
    decisions: [
      'model-published',
      'model-rolled-back',
      'draft-discarded',
      'department-created',
      'department-changed',
      'role-created',
      'role-changed',
      'person-created',
      'person-changed',
      'person-deactivated',
      'person-reactivated',
      'password-reset',
      'password-changed',
      'org-imported',
      'settings-changed',
      'logo-changed',
      'calendar-hours-changed',
      'calendar-year-changed',
      'calendar-day-changed',
      'mail-changed',
      'robots-changed',
    ],
  },
]
