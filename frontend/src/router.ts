import {
  createRouter,
  createWebHistory,
  type RouteLocationNormalized,
  type RouteRecordRaw,
} from 'vue-router'
import { useSession } from '@/stores/session'
import { loadDesignerMessages } from '@/i18n'

// Every page is its own chunk; the diagram (bpmn-js) and form (form-js) code is loaded only by
// the components that show them, so the inbox stays small.
const DESIGNERS = ['DESIGNER', 'ADMIN']
const ADMINS = ['ADMIN']
const AUDITORS = ['ADMIN', 'AUDITOR']
// the general manager holds the analyst role
const ANALYSTS = ['ANALYST', 'ADMIN']

const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/inbox' },
  {
    path: '/login',
    name: 'login',
    component: () => import('@/features/login/LoginPage.vue'),
    meta: { public: true },
  },
  { path: '/start', name: 'start', component: () => import('@/features/start/StartCatalogue.vue') },
  {
    path: '/start/:processKey',
    name: 'start-form',
    component: () => import('@/features/start/StartFormPage.vue'),
    props: true,
  },
  { path: '/inbox', name: 'inbox', component: () => import('@/features/inbox/InboxPage.vue') },
  {
    path: '/tasks/:id',
    name: 'task',
    component: () => import('@/features/task/TaskPage.vue'),
    props: true,
  },
  {
    path: '/requests',
    name: 'my-requests',
    component: () => import('@/features/requests/RequestListPage.vue'),
    props: { scope: 'mine' },
  },
  {
    path: '/cc',
    name: 'cc',
    component: () => import('@/features/requests/RequestListPage.vue'),
    props: { scope: 'cc' },
  },
  {
    path: '/requests/:id',
    name: 'request',
    component: () => import('@/features/requests/RequestPage.vue'),
    props: true,
  },
  {
    path: '/notifications',
    name: 'notifications',
    component: () => import('@/features/notifications/NotificationsPage.vue'),
  },
  {
    path: '/account',
    name: 'account',
    component: () => import('@/features/account/AccountPage.vue'),
  },
  // a person whose password an administrator set comes here first, and only here
  {
    path: '/account/password',
    name: 'change-password',
    component: () => import('@/features/account/ChangePasswordPage.vue'),
  },
  // the designer: process designers and administrators only (meta.roles)
  {
    path: '/designer',
    name: 'designer',
    component: () => import('@/features/designer/ProcessListPage.vue'),
    meta: { roles: DESIGNERS },
  },
  {
    path: '/designer/:processKey/draft',
    name: 'designer-draft',
    component: () => import('@/features/designer/DesignerPage.vue'),
    props: true,
    meta: { roles: DESIGNERS },
  },
  {
    path: '/designer/:processKey/versions/:version',
    name: 'designer-version',
    component: () => import('@/features/designer/VersionPage.vue'),
    props: (route) => ({
      processKey: route.params.processKey,
      version: Number(route.params.version),
    }),
    meta: { roles: DESIGNERS },
  },
  // administration: administrators only
  {
    path: '/admin',
    name: 'admin-setup',
    component: () => import('@/features/setup/GettingStartedPage.vue'),
    meta: { roles: ADMINS },
  },
  {
    path: '/admin/setup/approvers',
    name: 'admin-setup-approvers',
    component: () => import('@/features/setup/ApproverCheckPage.vue'),
    meta: { roles: ADMINS },
  },
  {
    path: '/admin/setup/logins',
    name: 'admin-setup-logins',
    component: () => import('@/features/setup/LoginSlipsPage.vue'),
    meta: { roles: ADMINS },
  },
  {
    path: '/admin/org',
    name: 'admin-org',
    component: () => import('@/features/admin/OrgAdminPage.vue'),
    meta: { roles: ADMINS },
  },
  // analytics: analysts (the general manager among them) and administrators
  {
    path: '/analytics',
    name: 'analytics',
    component: () => import('@/features/analytics/AnalyticsPage.vue'),
    meta: { roles: ANALYSTS },
  },
  {
    path: '/admin/audit',
    name: 'admin-audit',
    component: () => import('@/features/audit/AuditPage.vue'),
    meta: { roles: AUDITORS },
  },
  {
    path: '/admin/settings',
    name: 'admin-settings',
    component: () => import('@/features/settings/SettingsPage.vue'),
    meta: { roles: ADMINS },
  },
  {
    path: '/admin/calendar',
    name: 'admin-calendar',
    component: () => import('@/features/calendar/CalendarPage.vue'),
    meta: { roles: ADMINS },
  },
  {
    path: '/admin/requests',
    name: 'admin-requests',
    component: () => import('@/features/operations/OperationsPage.vue'),
    meta: { roles: ADMINS },
  },
  {
    path: '/admin/requests/:id',
    name: 'admin-request',
    component: () => import('@/features/operations/RequestCasePage.vue'),
    props: true,
    meta: { roles: ADMINS },
  },
  {
    path: '/admin/notifications',
    name: 'admin-notifications',
    component: () => import('@/features/delivery/DeliveryAdminPage.vue'),
    meta: { roles: ADMINS },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/features/NotFoundPage.vue'),
    meta: { public: true },
  },
]

export const router = createRouter({
  history: createWebHistory(),
  routes,
  scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
})

/**
 * Starts loading the page's code (lazy route components) at once, so that on a slow network it
 * travels alongside the session check instead of after it; the router's own load later finds the
 * module already on its way (import() returns the same module).
 */
function preloadPage(to: RouteLocationNormalized) {
  for (const record of to.matched) {
    const component = record.components?.default
    // a lazy page is a function that is not itself a component (Baton's pages are all lazy)
    if (typeof component === 'function' && !('props' in component) && !('__vccOpts' in component)) {
      ;(component as () => Promise<unknown>)().catch(() => undefined)
    }
  }
}

router.beforeEach(async (to) => {
  const session = useSession()
  if (!session.loaded) {
    // the session first: on HTTP/1.1 the page's files would take every connection
    const loading = session.load()
    preloadPage(to)
    await loading
  }
  if (to.meta.public) {
    if (to.name === 'login' && session.authenticated)
      return (to.query.redirect as string) || '/inbox'
    return true
  }
  if (!session.authenticated)
    return { name: 'login', query: to.fullPath === '/inbox' ? {} : { redirect: to.fullPath } }
  // the server refuses everything else until then
  if (session.mustChangePassword && to.name !== 'change-password')
    return { name: 'change-password' }
  const roles = to.meta.roles as string[] | undefined
  if (roles && !roles.some((role) => session.hasRole(role)))
    return { name: 'not-found', params: { pathMatch: to.path.substring(1).split('/') } }
  if (roles === DESIGNERS) await loadDesignerMessages()
  return true
})
