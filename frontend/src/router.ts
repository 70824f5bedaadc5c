import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import { useSession } from '@/stores/session'
import { loadDesignerMessages } from '@/i18n'

// Every page is its own chunk; the diagram (bpmn-js) and form (form-js) code is loaded only by
// the components that show them, so the inbox stays small.
const DESIGNERS = ['DESIGNER', 'ADMIN']

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
    path: '/account',
    name: 'account',
    component: () => import('@/features/account/AccountPage.vue'),
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

router.beforeEach(async (to) => {
  const session = useSession()
  if (!session.loaded) await session.load()
  if (to.meta.public) {
    if (to.name === 'login' && session.authenticated)
      return (to.query.redirect as string) || '/inbox'
    return true
  }
  if (!session.authenticated)
    return { name: 'login', query: to.fullPath === '/inbox' ? {} : { redirect: to.fullPath } }
  const roles = to.meta.roles as string[] | undefined
  if (roles && !roles.some((role) => session.hasRole(role)))
    return { name: 'not-found', params: { pathMatch: to.path.substring(1).split('/') } }
  if (roles) await loadDesignerMessages()
  return true
})
