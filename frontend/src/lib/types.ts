// The REST contract of docs/api.md, as the web app uses it.

export interface Person {
  id: string
  name: string
}

export interface Localized {
  zh: string
  en: string
}

export interface Page<T> {
  items: T[]
  total: number
  page: number
  size: number
}

export interface FieldProblem {
  field: string
  code?: string
  message: string
}

export interface Problem {
  type?: string
  title?: string
  status?: number
  detail?: string
  code?: string
  errors?: FieldProblem[]
}

export interface SessionUser {
  id: string
  displayName: string
  email?: string | null
  departmentId?: string | null
  systemRoles: string[]
  /** the person's own language (zh-CN / en-US), applied after logging in; null: none chosen */
  language?: string | null
  /** an administrator set the password: nothing works until the person chose their own */
  mustChangePassword?: boolean
}

export interface Session {
  authenticated: boolean
  user: SessionUser | null
}

export interface DemoLogin {
  login: string
  name: string
  role: string
}

export interface PublicInfo {
  demo: boolean
  demoLogins: DemoLogin[]
  companyName?: string | null
  logoUrl?: string | null
  /** the language for a visitor who has chosen none; null: the browser's */
  defaultLanguage?: string | null
}

/** form-js schema JSON (schemaVersion 19), treated as opaque except for what lib/formErrors reads. */
export type FormSchema = Record<string, unknown> & { components?: unknown[] }

export type FormData = Record<string, unknown>

export interface StartableProcess {
  key: string
  name: Localized
  description: Localized | null
  version: number
  definitionId: string
  startForm: FormSchema | null
}

export type RequestStatus = 'RUNNING' | 'COMPLETED' | 'REJECTED' | 'WITHDRAWN' | 'CANCELLED'

/** Every status a request can have, in the order filters offer them. */
export const REQUEST_STATUSES: readonly RequestStatus[] = [
  'RUNNING',
  'COMPLETED',
  'REJECTED',
  'WITHDRAWN',
  'CANCELLED',
]

/** One of a request's key figures (its process's summary fields), labelled by its version's forms. */
export interface SummaryField {
  key: string
  label: string
  type: 'number' | 'date' | 'time' | 'datetime' | 'boolean' | 'option' | 'text'
  value: string | number | boolean | (string | number | boolean)[]
  /** an option's label, for selects, radios, checklists and taglists */
  text: string | null
}

export interface StepRef {
  stepId: string
  name: string
}

export interface RequestSummary {
  id: string
  processKey: string
  processName: Localized
  title: string
  status: RequestStatus
  summary: SummaryField[]
  initiator: Person
  startedAt: string
  endedAt: string | null
  currentSteps: StepRef[]
  unread?: boolean
}

export interface CurrentStep extends StepRef {
  taskId: string | null
  assignee: Person | null
  candidates: Person[]
  createdAt: string
  dueAt: string | null
}

export type Decision =
  | 'start'
  | 'approve'
  | 'reject'
  | 'return'
  | 'transfer'
  | 'delegate'
  | 'resolve'
  | 'add-signer'
  | 'withdraw'
  | 'urge'
  | 'comment'
  | 'cc'
  | 'claim'
  | 'unclaim'
  | 'auto-approve'
  | 'skip'

export interface TimelineEntry {
  decision: Decision | string
  actor: Person | null
  stepId: string | null
  stepName: string | null
  comment: string | null
  at: string
  /** approval: the step only shows the request; task: it asks for input (an approve is a submit) */
  stepKind?: StepKind | null
}

export type StepKind = 'approval' | 'task'

/** A step that filled in some of the request's data, and the form it showed. */
export interface DataSection {
  stepId: string
  name: string
  formId: string
}

/** The decision that ended a request. */
export interface Outcome {
  decision: Decision | string
  actor: Person | null
  stepId: string | null
  stepName: string | null
  comment: string | null
  at: string
}

export interface RequestView extends Omit<RequestSummary, 'currentSteps'> {
  processDefinitionId: string
  data: FormData
  dataSections: DataSection[]
  /** the forms of the request's own process version, by form id */
  forms: Record<string, FormSchema>
  outcome: Outcome | null
  currentSteps: CurrentStep[]
  timeline: TimelineEntry[]
  canWithdraw: boolean
  canUrge: boolean
  canResubmit: boolean
  /** an administrator suspended it: nobody can act on its steps until it is resumed */
  suspended?: boolean
}

export interface RequestCounts {
  unread: number
  ccUnread: number
}

/** A task I completed, with its request as it is now. */
export interface HandledTask {
  taskId: string | null
  stepId: string | null
  stepName: string | null
  decision: Decision | string
  stepKind: StepKind | null
  comment: string | null
  at: string
  request: RequestSummary | null
}

export interface Diagram {
  bpmnXml: string
  completedStepIds: string[]
  activeStepIds: string[]
  /** where an ended request stopped short of its end (the step that rejected it …) */
  stoppedStepIds?: string[]
}

export interface TaskSummary {
  id: string
  name: string
  stepId: string
  processKey: string
  processName: Localized
  stepName?: Localized | null
  requestId: string | null
  requestTitle: string | null
  summary?: SummaryField[]
  initiator: Person | null
  assignee: Person | null
  owner: Person | null
  delegated: boolean
  createdAt: string
  dueAt: string | null
  claimable: boolean
}

export interface TaskCounts {
  assigned: number
  candidate: number
}

export interface TaskPage extends Page<TaskSummary> {
  counts?: TaskCounts
}

export interface ReturnTarget {
  stepId: string
  name: Localized | string
}

export interface TaskDetail {
  task: TaskSummary
  form: FormSchema | null
  data: FormData
  requestId: string | null
  returnTargets: ReturnTarget[]
  canAct: boolean
  canClaim: boolean
  stepKind?: StepKind
  /** the start form of the request's own version: a step without a form shows it read-only */
  startForm?: FormSchema | null
}

export type TaskDecision = 'approve' | 'reject' | 'return'

export interface BatchResult {
  taskId: string
  ok: boolean
  status?: number
  code?: string
  message?: string
}

export interface DirectoryPerson {
  id: string
  name?: string
  displayName?: string
  departmentId?: string | null
}
