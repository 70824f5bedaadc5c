// The organisation pages' client for /api/directory (read) and /api/admin/directory (write), see
// docs/api.md "Directory" and docs/org-import.md. Types mirror the server's JSON.
import { ApiError, readCookie, request, withQuery } from '@/lib/api'
import type { Problem } from '@/lib/types'

export interface Department {
  id: string
  nameZh: string
  nameEn: string
  parentId: string | null
  headUserId: string | null
  head: { id: string; name: string } | null
}

export interface Role {
  id: string
  nameZh: string
  nameEn: string
}

export interface Person {
  id: string
  displayName: string
  email: string | null
  phone: string | null
  departmentId: string | null
  managerId: string | null
  active: boolean
  systemRoles: string[]
  roleIds: string[]
}

/** The system roles an administrator grants; everybody is an employee anyway. */
export const SYSTEM_ROLES = ['admin', 'designer', 'analyst', 'auditor'] as const

export interface DepartmentBody {
  id?: string
  nameZh: string
  nameEn: string
  parentId: string | null
  headUserId: string | null
}

export interface PersonBody {
  id?: string
  displayName: string
  email: string | null
  phone: string | null
  departmentId: string | null
  managerId: string | null
  roleIds: string[]
  systemRoles: string[]
  password?: string
}

export interface ImportCounts {
  created: number
  updated: number
  unchanged: number
}

export interface ImportResult {
  dryRun: boolean
  departments: ImportCounts
  people: ImportCounts
  peopleWithoutPassword: string[]
  passwordsIgnored: string[]
  ignoredColumns: string[]
}

/** One bad cell or row of an import file (row numbers as the spreadsheet shows them). */
export interface ImportRowProblem {
  sheet?: string | null
  row: number
  field: string
  column?: string | null
  code: string
  message: string
}

export type ImportKind = 'people' | 'departments'

const id = (value: string) => encodeURIComponent(value)

export interface PeopleQuery {
  q?: string
  departmentId?: string | null
  roleId?: string | null
  includeLeft?: boolean
  limit?: number
}

/** What still depends on someone who leaves (GET /api/admin/people/{id}/departure). */
export interface DepartureImpact {
  person: { id: string; name: string }
  active: boolean
  tasks: {
    taskId: string
    stepName: string
    requestId: string
    requestTitle: string | null
    hold: 'ASSIGNED' | 'OWNER' | 'CANDIDATE'
  }[]
  reports: { id: string; name: string }[]
  headOf: { id: string; name: string }[]
  soleRoles: { id: string; name: string }[]
  namingSteps: {
    processKey: string
    processName: string
    stepId: string
    stepName: string
    onlyThem: boolean
  }[]
}

export const orgApi = {
  departments: () => request<Department[]>('GET', '/api/directory/departments'),
  roles: () => request<Role[]>('GET', '/api/directory/roles'),
  people: (query: PeopleQuery) =>
    request<Person[]>('GET', '/api/directory/people', undefined, {
      q: query.q,
      departmentId: query.departmentId,
      roleId: query.roleId,
      includeLeft: query.includeLeft,
      limit: query.limit ?? 100,
    }),
  person: (personId: string) => request<Person>('GET', `/api/directory/people/${id(personId)}`),

  createDepartment: (body: DepartmentBody) =>
    request<Department>('POST', '/api/admin/directory/departments', body),
  updateDepartment: (departmentId: string, body: DepartmentBody) =>
    request<Department>('PUT', `/api/admin/directory/departments/${id(departmentId)}`, body),
  createRole: (role: Role) => request<Role>('POST', '/api/admin/directory/roles', role),
  updateRole: (role: Role) =>
    request<Role>('PUT', `/api/admin/directory/roles/${id(role.id)}`, {
      nameZh: role.nameZh,
      nameEn: role.nameEn,
    }),
  createPerson: (body: PersonBody) => request<Person>('POST', '/api/admin/directory/people', body),
  updatePerson: (personId: string, body: PersonBody) =>
    request<Person>('PUT', `/api/admin/directory/people/${id(personId)}`, body),
  roleCheck: (personId: string, roleIds: string[]) =>
    request<{ id: string; name: string }[]>(
      'POST',
      `/api/admin/people/${id(personId)}/departure/role-check`,
      { roleIds },
    ),
  departure: (personId: string) =>
    request<DepartureImpact>('GET', `/api/admin/people/${id(personId)}/departure`),
  depart: (personId: string, successor: string | null, comment: string | null) =>
    request<unknown>('POST', `/api/admin/people/${id(personId)}/departure`, { successor, comment }),
  setActive: (personId: string, active: boolean) =>
    request<Person>('PUT', `/api/admin/directory/people/${id(personId)}/active`, { active }),
  setPassword: (personId: string, password: string) =>
    request<void>('PUT', `/api/admin/directory/people/${id(personId)}/password`, { password }),

  /** Checks (dryRun) or imports a file; a refused file throws an ApiError whose problem has rows. */
  importFile: async (file: File, dryRun: boolean, kind: ImportKind, language: string) => {
    const form = new FormData()
    form.append('file', file)
    const headers: Record<string, string> = {
      Accept: 'application/json, application/problem+json',
      'Accept-Language': language,
      'X-Requested-With': 'XMLHttpRequest',
    }
    const token = readCookie('XSRF-TOKEN')
    if (token) headers['X-XSRF-TOKEN'] = token
    let response: Response
    try {
      response = await fetch(withQuery('/api/admin/directory/import', { dryRun, kind }), {
        method: 'POST',
        headers,
        credentials: 'same-origin',
        body: form,
      })
    } catch {
      throw new ApiError(0, { code: 'network' })
    }
    const payload = await response.json().catch(() => null)
    if (!response.ok) throw new ApiError(response.status, (payload as Problem) ?? {})
    return payload as ImportResult
  },
}

/** The body that replaces a person as they are (PUT replaces every field). */
export function personBody(person: Person): PersonBody {
  return {
    displayName: person.displayName,
    email: person.email,
    phone: person.phone,
    departmentId: person.departmentId,
    managerId: person.managerId,
    roleIds: [...person.roleIds],
    systemRoles: person.systemRoles.filter((role) => role !== 'employee'),
  }
}

/** A department's or role's name in the UI language. */
export function localName(item: { nameZh: string; nameEn: string }, locale: string) {
  return locale.startsWith('en') ? item.nameEn || item.nameZh : item.nameZh || item.nameEn
}

/** A role's name in the UI language; its id when it is unknown. */
export function roleName(roles: Role[], roleId: string, locale: string) {
  const role = roles.find((r) => r.id === roleId)
  return role ? localName(role, locale) : roleId
}
