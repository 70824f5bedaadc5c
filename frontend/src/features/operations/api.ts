// The operations console's client for /api/admin/requests (administrators only), see docs/api.md
// "Operations". Types mirror the server's JSON; every action needs a reason and answers the
// request as the console shows it after the action.
import { request, withQuery } from '@/lib/api'
import type { Localized, Page, RequestStatus } from '@/lib/types'

export interface OpsPerson {
  id: string
  name: string
  active: boolean
}

export interface OpsStep {
  stepId: string
  name: string
  taskId: string
  assignee: OpsPerson | null
  candidates: OpsPerson[]
  createdAt: string | null
  dueAt: string | null
}

export interface OpsRequest {
  id: string
  processKey: string
  processName: Localized | null
  title: string
  status: RequestStatus
  suspended: boolean
  initiator: OpsPerson
  departmentName: string | null
  startedAt: string
  endedAt: string | null
  currentSteps: OpsStep[]
}

export type HelpReason =
  | 'failedJob'
  | 'noApprover'
  | 'incident'
  | 'assigneeLeft'
  | 'noCandidates'
  | 'overdue'
  | 'suspended'

export interface HelpRow {
  request: OpsRequest
  reason: HelpReason
  why: string
  stepId: string | null
  stepName: string | null
  taskId: string | null
  incidentId: string | null
  person: OpsPerson | null
  since: string | null
}

export interface OpsIncident {
  id: string
  type: 'failedJob' | 'baton-no-approver' | 'other'
  stepId: string
  stepName: string
  message: string
  since: string
  retryable: boolean
}

export type OpsAction = 'reassign' | 'retry' | 'jump' | 'suspend' | 'resume' | 'cancel'

export interface OpsCase {
  request: OpsRequest
  processDefinitionId: string
  incidents: OpsIncident[]
  activeStepIds: string[]
  actions: OpsAction[]
}

export interface RequestFilter {
  q?: string
  status?: string
  processKey?: string
  initiator?: string
  department?: string
  step?: string
  runningDays?: number
  page?: number
  size?: number
}

export interface VersionCount {
  version: number
  definitionId: string
  running: number
}

export interface ProcessVersions {
  processKey: string
  processName: Localized | null
  latestVersion: number
  latestDefinitionId: string
  versions: VersionCount[]
}

export interface StepRef {
  stepId: string
  name: string
  waiting: number
}

export interface MigrationCheck {
  fromDefinitionId: string
  fromVersion: number
  toDefinitionId: string
  toVersion: number
  running: number
  mapped: StepRef[]
  unmapped: StepRef[]
  problems: string[]
  possible: boolean
}

const BASE = '/api/admin/requests'
const one = (id: string) => `${BASE}/${encodeURIComponent(id)}`

export const opsApi = {
  requests: (filter: RequestFilter) =>
    request<Page<OpsRequest>>('GET', withQuery(BASE, { ...filter })),
  needsHelp: () => request<HelpRow[]>('GET', `${BASE}/needs-help`),
  view: (id: string) => request<OpsCase>('GET', one(id)),
  reassign: (id: string, taskId: string, assigneeId: string, reason: string) =>
    request<OpsCase>('POST', `${one(id)}/reassign`, { taskId, assigneeId, reason }),
  retry: (id: string, incidentId: string, reason: string) =>
    request<OpsCase>('POST', `${one(id)}/retry`, { incidentId, reason }),
  jump: (id: string, fromStepIds: string[], targetStepId: string, reason: string) =>
    request<OpsCase>('POST', `${one(id)}/jump`, { fromStepIds, targetStepId, reason }),
  versions: () => request<ProcessVersions[]>('GET', `${BASE}/versions`),
  checkMigration: (from: string) =>
    request<MigrationCheck>('GET', withQuery(`${BASE}/versions/check`, { from })),
  migrate: (fromDefinitionId: string, toDefinitionId: string, reason: string) =>
    request<{ migrated: number; check: MigrationCheck }>('POST', `${BASE}/versions/migrate`, {
      fromDefinitionId,
      toDefinitionId,
      reason,
    }),
  lifecycle: (id: string, action: 'suspend' | 'resume' | 'cancel', reason: string) =>
    request<OpsCase>('POST', `${one(id)}/${action}`, { reason }),
}
