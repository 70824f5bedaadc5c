// The one HTTP client of the web app: JSON in and out, the session cookie, the CSRF header, the
// UI language for translated problem details, and RFC 9457 problems turned into ApiError.
import type {
  BatchResult,
  Diagram,
  DirectoryPerson,
  FormData,
  HandledTask,
  Page,
  Problem,
  PublicInfo,
  RequestCounts,
  RequestStatus,
  RequestSummary,
  RequestView,
  Session,
  StartableProcess,
  TaskCounts,
  TaskDecision,
  TaskDetail,
  TaskPage,
  TaskSummary,
} from './types'

export class ApiError extends Error {
  readonly status: number
  readonly problem: Problem

  constructor(status: number, problem: Problem) {
    super(problem.detail || problem.title || `HTTP ${status}`)
    this.status = status
    this.problem = problem
  }

  get fieldErrors() {
    return this.problem.errors ?? []
  }
}

let language = 'zh-CN'
let onUnauthorized: (() => void) | null = null

/** The language sent as Accept-Language, so the server's messages match the UI. */
export function setApiLanguage(lang: string) {
  language = lang
}

/** Called when a request answers 401 outside the login itself (the session ended). */
export function setUnauthorizedHandler(handler: (() => void) | null) {
  onUnauthorized = handler
}

export function readCookie(name: string): string | null {
  const prefix = name + '='
  for (const part of document.cookie.split(';')) {
    const trimmed = part.trim()
    if (trimmed.startsWith(prefix)) return decodeURIComponent(trimmed.substring(prefix.length))
  }
  return null
}

type Query = Record<string, string | number | boolean | null | undefined>

export function withQuery(path: string, query?: Query): string {
  if (!query) return path
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value))
  }
  const text = params.toString()
  return text ? `${path}?${text}` : path
}

export async function request<T>(
  method: string,
  path: string,
  body?: unknown,
  query?: Query,
  extraHeaders?: Record<string, string>,
): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': language,
    'X-Requested-With': 'XMLHttpRequest',
    ...extraHeaders,
  }
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  if (method !== 'GET' && method !== 'HEAD') {
    const token = readCookie('XSRF-TOKEN')
    if (token) headers['X-XSRF-TOKEN'] = token
  }
  let response: Response
  try {
    response = await fetch(withQuery(path, query), {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  } catch {
    throw new ApiError(0, { code: 'network' })
  }
  if (response.status === 204) return undefined as T
  const type = response.headers.get('Content-Type') ?? ''
  const payload = type.includes('json') ? await response.json().catch(() => null) : null
  if (!response.ok) {
    if (response.status === 401 && !path.startsWith('/api/auth/') && onUnauthorized)
      onUnauthorized()
    throw new ApiError(response.status, (payload as Problem) ?? { status: response.status })
  }
  return payload as T
}

/** Sends one file as multipart/form-data (field `file`), with the same headers and errors as request(). */
export async function uploadFile<T>(path: string, file: File, query?: Query): Promise<T> {
  const body = new FormData()
  body.append('file', file)
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': language,
    'X-Requested-With': 'XMLHttpRequest',
  }
  const token = readCookie('XSRF-TOKEN')
  if (token) headers['X-XSRF-TOKEN'] = token
  let response: Response
  try {
    response = await fetch(withQuery(path, query), {
      method: 'POST',
      headers,
      credentials: 'same-origin',
      body,
    })
  } catch {
    throw new ApiError(0, { code: 'network' })
  }
  const payload = await response.json().catch(() => null)
  if (!response.ok) {
    if (response.status === 401 && onUnauthorized) onUnauthorized()
    throw new ApiError(response.status, (payload as Problem) ?? { status: response.status })
  }
  return payload as T
}

const get = <T>(path: string, query?: Query) => request<T>('GET', path, undefined, query)
const post = <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {})

export const api = {
  // authentication and public facts
  session: () => get<Session>('/api/auth/session'),
  login: (login: string, password: string) => post<Session>('/api/auth/login', { login, password }),
  logout: () => post<void>('/api/auth/logout'),
  publicInfo: () => get<PublicInfo>('/api/public/info'),

  // processes and requests
  processes: () => get<StartableProcess[]>('/api/processes'),
  /** idempotencyKey: one per fill of the form, the same on every submit of it */
  startRequest: (processKey: string, data: FormData, idempotencyKey?: string) =>
    request<RequestView>(
      'POST',
      '/api/requests',
      { processKey, data },
      undefined,
      idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : undefined,
    ),
  requests: (query: {
    scope: 'mine' | 'involved' | 'all' | 'cc'
    status?: RequestStatus | ''
    processKey?: string
    q?: string
    page?: number
    size?: number
  }) => get<Page<RequestSummary>>('/api/requests', query),
  request: (id: string) => get<RequestView>(`/api/requests/${encodeURIComponent(id)}`),
  withdraw: (id: string, comment: string) =>
    post<RequestView>(`/api/requests/${encodeURIComponent(id)}/withdraw`, { comment }),
  urge: (id: string, comment: string) =>
    post<void>(`/api/requests/${encodeURIComponent(id)}/urge`, { comment }),
  diagram: (id: string) => get<Diagram>(`/api/requests/${encodeURIComponent(id)}/diagram`),
  requestCounts: () => get<RequestCounts>('/api/requests/counts'),
  handledTasks: (query: { page?: number; size?: number }) =>
    get<Page<HandledTask>>('/api/requests/handled', query),

  // tasks
  tasks: (query: {
    scope: 'assigned' | 'candidate' | 'all-mine'
    processKey?: string
    sort?: 'created' | 'due'
    order?: 'asc' | 'desc'
    q?: string
    page?: number
    size?: number
  }) => get<TaskPage>('/api/tasks', query),
  taskCounts: () => get<TaskCounts>('/api/tasks/counts'),
  task: (id: string) => get<TaskDetail>(`/api/tasks/${encodeURIComponent(id)}`),
  claim: (id: string) => post<TaskSummary>(`/api/tasks/${encodeURIComponent(id)}/claim`),
  unclaim: (id: string) => post<TaskSummary>(`/api/tasks/${encodeURIComponent(id)}/unclaim`),
  complete: (
    id: string,
    body: { decision: TaskDecision; comment?: string; data?: FormData; returnTo?: string },
  ) =>
    post<{ requestId?: string; status?: string }>(
      `/api/tasks/${encodeURIComponent(id)}/complete`,
      body,
    ),
  transfer: (id: string, userId: string, comment: string) =>
    post<TaskSummary>(`/api/tasks/${encodeURIComponent(id)}/transfer`, { userId, comment }),
  delegate: (id: string, userId: string, comment: string) =>
    post<TaskSummary>(`/api/tasks/${encodeURIComponent(id)}/delegate`, { userId, comment }),
  addSigner: (id: string, userId: string, position: 'before' | 'after', comment: string) =>
    post<TaskSummary>(`/api/tasks/${encodeURIComponent(id)}/add-signer`, {
      userId,
      position,
      comment,
    }),
  comment: (id: string, comment: string) =>
    post<void>(`/api/tasks/${encodeURIComponent(id)}/comment`, { comment }),
  cc: (id: string, userIds: string[], comment: string) =>
    post<void>(`/api/tasks/${encodeURIComponent(id)}/cc`, { userIds, comment }),
  batchApprove: (taskIds: string[], comment: string) =>
    post<{ results: BatchResult[] }>('/api/tasks/batch-approve', { taskIds, comment }),

  // directory (person pickers)
  people: (q: string) => get<DirectoryPerson[]>('/api/directory/people', { q }),
}
