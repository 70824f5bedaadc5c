// The getting-started checklist's client for /api/admin/setup (administrators only).
import { ApiError, readCookie, request } from '@/lib/api'
import type { Problem } from '@/lib/types'

export interface SetupItem {
  id: string
  link: string
  done: boolean
  facts: Record<string, unknown>
}

export interface SetupState {
  items: SetupItem[]
  done: boolean
  dismissed: boolean
}

export interface PersonRef {
  id: string
  name: string
}

export interface Localized {
  zh: string
  en: string
}

export interface RouteStep {
  elementId: string
  name: Localized
  outcome: string | null
  approvers: PersonRef[]
  findsNobody: boolean
  reason: string | null
  onRoute: boolean
}

export interface ApproverSample {
  processKey: string
  processName: Localized
  departmentId: string
  departmentName: string
  person: PersonRef
  steps: RouteStep[]
}

export interface DemoPreview {
  people: string[]
  kept: string | null
  blockingRequests: string[]
}

export interface DemoRemoved {
  people: string[]
  departments: string[]
  roles: string[]
  requests: string[]
  kept: string | null
}

export const setupApi = {
  state: () => request<SetupState>('GET', '/api/admin/setup'),
  dismiss: () => request<SetupState>('POST', '/api/admin/setup/dismiss', {}),
  approvers: () =>
    request<{ samples: ApproverSample[]; reviewed: boolean }>('GET', '/api/admin/setup/approvers'),
  markReviewed: () => request<void>('POST', '/api/admin/setup/approvers/reviewed', {}),
  unmarkReviewed: () => request<void>('DELETE', '/api/admin/setup/approvers/reviewed'),
  neverLoggedIn: () => request<PersonRef[]>('GET', '/api/admin/setup/logins'),
  demo: () => request<DemoPreview>('GET', '/api/admin/setup/demo'),
  removeDemo: () =>
    request<DemoRemoved>('POST', '/api/admin/setup/demo/removal', { confirm: true }),
}

/**
 * New first passwords for these people, as a sheet of login slips: the browser saves the .xlsx
 * the server answers (the passwords exist only in it).
 */
export async function downloadLoginSlips(logins: string[], language: string): Promise<void> {
  const headers: Record<string, string> = {
    Accept:
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, application/problem+json',
    'Accept-Language': language,
    'Content-Type': 'application/json',
    'X-Requested-With': 'XMLHttpRequest',
  }
  const token = readCookie('XSRF-TOKEN')
  if (token) headers['X-XSRF-TOKEN'] = token
  let response: Response
  try {
    response = await fetch('/api/admin/setup/login-slips', {
      method: 'POST',
      headers,
      credentials: 'same-origin',
      body: JSON.stringify({ logins }),
    })
  } catch {
    throw new ApiError(0, { code: 'network' })
  }
  if (!response.ok) {
    const problem = (await response.json().catch(() => null)) as Problem | null
    throw new ApiError(response.status, problem ?? { status: response.status })
  }
  const url = URL.createObjectURL(await response.blob())
  const link = document.createElement('a')
  link.href = url
  link.download = 'login-slips.xlsx'
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
