// The settings page's client for /api/admin/settings. Types mirror the server's JSON.
import { request, uploadFile } from '@/lib/api'

export interface CompanySettings {
  companyName: string | null
  /** zh-CN, en-US, or null: the visitor's browser decides */
  defaultLanguage: string | null
  sessionMinutes: number
  logoUrl: string | null
  updatedBy: string | null
  updatedAt: string | null
}

export type SettingsChange = Pick<
  CompanySettings,
  'companyName' | 'defaultLanguage' | 'sessionMinutes'
>

/** The largest logo the server takes. */
export const LOGO_MAX_BYTES = 256 * 1024

export const settingsApi = {
  read: () => request<CompanySettings>('GET', '/api/admin/settings'),
  update: (change: SettingsChange) =>
    request<CompanySettings>('PUT', '/api/admin/settings', change),
  removeLogo: () => request<CompanySettings>('DELETE', '/api/admin/settings/logo'),
  uploadLogo: (file: File) => uploadFile<CompanySettings>('/api/admin/settings/logo', file),
}
