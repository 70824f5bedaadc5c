// The client for /api/notifications: the caller's own notifications, the bell's count and
// the caller's preferences. Types mirror the server's JSON.
import { request } from '@/lib/api'

export type NoticeKind =
  | 'TASK_ASSIGNED'
  | 'TASK_OFFERED'
  | 'APPROVED'
  | 'REJECTED'
  | 'RETURNED'
  | 'WITHDRAWN'
  | 'COPIED'
  | 'URGED'
  | 'MENTIONED'
  | 'DUE_SOON'
  | 'OVERDUE'
  | 'ESCALATED'

export interface NotificationItem {
  id: number
  kind: NoticeKind
  requestId: string | null
  processKey: string | null
  taskId: string | null
  title: string | null
  stepName: string | null
  actor: { id: string; name: string } | null
  comment: string | null
  /** the web app's path that opens it: /tasks/… or /requests/… */
  link: string
  read: boolean
  createdAt: string
}

export interface NotificationPage {
  items: NotificationItem[]
  total: number
  unread: number
  page: number
  size: number
}

export type EmailMode = 'OFF' | 'NOW' | 'DIGEST'

export interface Preference {
  kind: NoticeKind
  app: boolean
  email: EmailMode
  robot: boolean
}

export const notificationsApi = {
  list: (filter: 'all' | 'unread', page: number, size: number) =>
    request<NotificationPage>('GET', '/api/notifications', undefined, { filter, page, size }),
  unreadCount: () => request<{ unread: number }>('GET', '/api/notifications/unread-count'),
  markRead: (id: number) => request<void>('POST', `/api/notifications/${id}/read`),
  markAllRead: () => request<{ unread: number }>('POST', '/api/notifications/read-all'),
  preferences: () => request<{ kinds: Preference[] }>('GET', '/api/notifications/preferences'),
  savePreferences: (kinds: Preference[]) =>
    request<{ kinds: Preference[] }>('PUT', '/api/notifications/preferences', { kinds }),
}
