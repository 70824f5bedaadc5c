// The account page's client for /api/me/api-tokens (docs/api.md "API tokens"). Types mirror the
// server's JSON.
import { request } from '@/lib/api'

export interface ApiToken {
  id: string
  name: string
  /** The secret's first characters, to tell tokens apart. */
  hint: string
  createdAt: string
  expiresAt: string
  lastUsedAt: string | null
  expired: boolean
  owner: { id: string; name: string }
}

/** A token just created: the only time its secret is known. */
export interface IssuedApiToken {
  token: ApiToken
  secret: string
}

/** The lifetimes offered, in days (the server takes 1 to 366). */
export const LIFETIMES = [7, 30, 90, 180, 365] as const

export const tokensApi = {
  list: () => request<ApiToken[]>('GET', '/api/me/api-tokens'),
  create: (name: string, expiresInDays: number) =>
    request<IssuedApiToken>('POST', '/api/me/api-tokens', { name, expiresInDays }),
  revoke: (id: string) => request<void>('DELETE', `/api/me/api-tokens/${encodeURIComponent(id)}`),
}

/** The person's own password and language (PUT /api/me/password, /api/me/language). */
export const accountApi = {
  changePassword: (currentPassword: string, newPassword: string) =>
    request<void>('PUT', '/api/me/password', { currentPassword, newPassword }),
  setLanguage: (language: string | null) => request<void>('PUT', '/api/me/language', { language }),
}
