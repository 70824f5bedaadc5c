// The designer's client for /api/modeling/processes (docs/api.md "Modeling") and the org-chart
// reads its pickers use. Types mirror the server's JSON.
import { request } from '@/lib/api'

export interface Named {
  zh: string
  en: string
}

export interface PersonRef {
  id: string
  name: string
}

export interface VersionSummary {
  version: number
  definitionId: string
  deploymentId: string
  deployedAt: string
  deployedBy: PersonRef | null
  origin: 'shipped' | 'designer' | 'other'
  republishedFrom: number | null
  runningRequests: number
}

export interface DraftSummary {
  revision: number
  baseVersion: number | null
  updatedBy: PersonRef
  updatedAt: string
}

export interface ProcessOverview {
  key: string
  name: Named
  latestVersion: number | null
  versions: VersionSummary[]
  draft: DraftSummary | null
}

export interface FormDefinition {
  id: string
  schema: Record<string, unknown>
}

export interface DraftView {
  key: string
  name: Named
  revision: number
  baseVersion: number | null
  bpmnXml: string
  forms: FormDefinition[]
  createdBy: PersonRef
  createdAt: string
  updatedBy: PersonRef
  updatedAt: string
}

export interface Finding {
  elementId: string | null
  severity: 'error' | 'warning'
  code: string
  message: string
}

export interface CheckResult {
  key: string
  revision: number
  initiator: PersonRef
  publishable: boolean
  findings: Finding[]
}

export interface PreviewStep {
  elementId: string
  name: Named
  kind: 'approval' | 'end'
  rule: string | null
  outcome: 'assign' | 'skip' | 'auto-approve' | 'fail' | 'unknown' | null
  approvers: PersonRef[]
  autoApproved: PersonRef[]
  reason: string | null
}

export interface PreviewResult {
  key: string
  revision: number
  initiator: PersonRef
  steps: PreviewStep[]
  path: string[]
  problems: Finding[]
}

export interface Published {
  key: string
  version: number
  definitionId: string
  deploymentId: string
  republishedFrom: number | null
  warnings: Finding[]
}

export interface VersionView {
  key: string
  version: number
  definitionId: string
  deploymentId: string
  deployedAt: string
  deployedBy: PersonRef | null
  bpmnXml: string
  forms: FormDefinition[]
}

export interface FormChanges {
  added: string[]
  removed: string[]
  changed: string[]
}

export interface DiffView {
  key: string
  from: string
  to: string
  added: string[]
  removed: string[]
  changed: string[]
  forms: FormChanges
}

export interface Department {
  id: string
  nameZh: string
  nameEn: string | null
  parentId: string | null
  headUserId: string | null
  head: PersonRef | null
}

export interface Role {
  id: string
  nameZh: string
  nameEn: string | null
}

export interface OrgPerson {
  id: string
  displayName: string
  departmentId: string | null
  active: boolean
}

const BASE = '/api/modeling/processes'
const at = (key: string) => `${BASE}/${encodeURIComponent(key)}`

export const modeling = {
  processes: () => request<ProcessOverview[]>('GET', BASE),
  create: (body: {
    key: string
    name: Named
    copyOf: { key: string; version: number | null } | null
  }) => request<DraftView>('POST', BASE, body),
  edit: (key: string, version: number | null) =>
    request<DraftView>('POST', `${at(key)}/draft`, { version }),
  draft: (key: string) => request<DraftView>('GET', `${at(key)}/draft`),
  save: (key: string, body: { revision: number; bpmnXml: string; forms: FormDefinition[] }) =>
    request<DraftView>('PUT', `${at(key)}/draft`, body),
  discard: (key: string, revision: number) =>
    request<void>('DELETE', `${at(key)}/draft`, undefined, { revision }),
  check: (key: string, initiator: string | null) =>
    request<CheckResult>('POST', `${at(key)}/draft/check`, { initiator }),
  preview: (key: string, initiator: string | null, data: Record<string, unknown>) =>
    request<PreviewResult>('POST', `${at(key)}/draft/preview`, { initiator, data }),
  publish: (key: string, revision: number, initiator: string | null) =>
    request<Published>('POST', `${at(key)}/draft/publish`, { revision, initiator }),
  version: (key: string, version: number) =>
    request<VersionView>('GET', `${at(key)}/versions/${version}`),
  diff: (key: string, from: number | 'draft', to: number | 'draft') =>
    request<DiffView>('GET', `${at(key)}/diff`, undefined, { from, to }),
  republish: (key: string, version: number) =>
    request<Published>('POST', `${at(key)}/versions/${version}/republish`, {}),
}

export const orgChart = {
  departments: () => request<Department[]>('GET', '/api/directory/departments'),
  roles: () => request<Role[]>('GET', '/api/directory/roles'),
  people: (q: string, limit = 20) =>
    request<OrgPerson[]>('GET', '/api/directory/people', undefined, { q, limit }),
  person: (id: string) =>
    request<OrgPerson>('GET', `/api/directory/people/${encodeURIComponent(id)}`),
}
