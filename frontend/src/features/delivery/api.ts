// The delivery console's client for /api/admin/notifications (administrators only): the SMTP server
// and a test mail, the group robots and a test message, failed deliveries and their retry. Secrets
// go in and never come back: the password only as passwordSet, a robot's token and secret as hints.
import { request, withQuery } from '@/lib/api'

export type TlsMode = 'NONE' | 'STARTTLS' | 'SSL'

export interface MailSettings {
  configured: boolean
  host: string | null
  port: number | null
  tlsMode: TlsMode
  username: string | null
  passwordSet: boolean
  sender: string | null
  baseUrl: string | null
  updatedBy: string | null
  updatedAt: string | null
}

export interface MailChange {
  host: string
  port: number | null
  tlsMode: TlsMode
  username: string | null
  /** null keeps the stored password, '' removes it */
  password: string | null
  sender: string
  baseUrl: string | null
}

export type Platform = 'DINGTALK' | 'WECOM' | 'FEISHU'
export type ScopeType = 'DEPARTMENT' | 'PROCESS'

export interface Robot {
  id: string
  name: string
  platform: Platform
  scopeType: ScopeType
  scopeId: string
  webhookHint: string
  secretHint: string | null
  enabled: boolean
  updatedBy: string
  updatedAt: string
}

export interface RobotList {
  items: Robot[]
  /** per platform, the hosts a webhook may point at */
  hosts: Record<Platform, string[]>
}

export interface RobotChange {
  name: string
  platform: Platform
  scopeType: ScopeType
  scopeId: string
  /** null on a change keeps the stored address */
  webhookUrl: string | null
  /** null on a change keeps the stored secret */
  secret: string | null
  enabled: boolean
}

export interface Delivery {
  id: number
  channel: string
  target: string
  targetName: string
  eventKey: string
  status: 'FAILED' | 'PENDING'
  attempts: number
  lastError: string | null
  createdAt: string
  nextAttemptAt: string
}

const BASE = '/api/admin/notifications'

export const deliveryApi = {
  mail: () => request<MailSettings>('GET', `${BASE}/mail`),
  saveMail: (change: MailChange) => request<MailSettings>('PUT', `${BASE}/mail`, change),
  testMail: (to: string) => request<{ sent: boolean }>('POST', `${BASE}/mail/test`, { to }),
  robots: () => request<RobotList>('GET', `${BASE}/robots`),
  addRobot: (change: RobotChange) => request<Robot>('POST', `${BASE}/robots`, change),
  changeRobot: (id: string, change: RobotChange) =>
    request<Robot>('PUT', `${BASE}/robots/${encodeURIComponent(id)}`, change),
  removeRobot: (id: string) =>
    request<unknown>('DELETE', `${BASE}/robots/${encodeURIComponent(id)}`),
  testRobot: (id: string) =>
    request<{ sent: boolean }>('POST', `${BASE}/robots/${encodeURIComponent(id)}/test`, {}),
  deliveries: (status: 'FAILED' | 'PENDING') =>
    request<{ total: number; items: Delivery[] }>(
      'GET',
      withQuery(`${BASE}/deliveries`, { status }),
    ),
  retry: (id: number) => request<unknown>('POST', `${BASE}/deliveries/${id}/retry`, {}),
}
