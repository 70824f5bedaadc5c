import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { api } from '@/lib/api'
import { i18n, isLang } from '@/i18n'
import type { SessionUser } from '@/lib/types'

export const useSession = defineStore('session', () => {
  const user = ref<SessionUser | null>(null)
  const loaded = ref(false)
  const authenticated = computed(() => user.value !== null)

  async function load() {
    try {
      const session = await api.session()
      user.value = session.authenticated ? session.user : null
    } catch {
      user.value = null
    } finally {
      loaded.value = true
    }
  }

  async function login(login: string, password: string) {
    const session = await api.login(login, password)
    user.value = session.user
    // the person's own language wins over this browser's
    if (isLang(session.user?.language)) i18n.global.locale.value = session.user.language
    loaded.value = true
    // the session id changed: fetch a CSRF token bound to the new session
    await api.session().catch(() => undefined)
  }

  async function logout() {
    try {
      await api.logout()
    } finally {
      user.value = null
      await api.session().catch(() => undefined)
    }
  }

  /** Whether the person holds a system role (EMPLOYEE, DESIGNER, ANALYST, ADMIN; any case). */
  function hasRole(role: string) {
    return (
      user.value?.systemRoles.some((held) => held.toUpperCase() === role.toUpperCase()) ?? false
    )
  }

  function expired() {
    user.value = null
  }

  /** The person chose their own password: the server lets them do everything again. */
  function passwordChanged() {
    if (user.value) user.value = { ...user.value, mustChangePassword: false }
  }

  const mustChangePassword = computed(() => user.value?.mustChangePassword === true)

  return {
    user,
    loaded,
    authenticated,
    mustChangePassword,
    load,
    login,
    logout,
    expired,
    hasRole,
    passwordChanged,
  }
})
