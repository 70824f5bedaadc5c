import { defineStore } from 'pinia'
import { ref } from 'vue'
import { notificationsApi } from '@/features/notifications/api'

/** How often the bell asks for its count while the page is visible. */
export const BELL_POLL_MS = 1500

/**
 * After this long without a key, a click or a touch the bell stops asking, so that an open
 * tab nobody uses does not keep its session alive past the session length an administrator
 * set; the next input brings the count up to date at once.
 */
export const BELL_IDLE_MS = 10 * 60 * 1000

const INPUTS = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const

/**
 * The bell's unread count: a cheap GET every 1.5 s while the tab is visible and in use (no
 * long-lived connection, so pages still reach network idle), paused while it is hidden or
 * nobody has touched it for {@link BELL_IDLE_MS}.
 */
export const useNotificationCount = defineStore('notificationCount', () => {
  const unread = ref(0)
  let timer: ReturnType<typeof setTimeout> | undefined
  let watching = 0
  let inFlight = false
  let lastInput = Date.now()
  let idle = false

  async function refresh() {
    if (inFlight) return
    inFlight = true
    try {
      unread.value = (await notificationsApi.unreadCount()).unread
    } catch {
      // the bell is a convenience: a failure leaves the last known number
    } finally {
      inFlight = false
    }
  }

  function schedule() {
    clearTimeout(timer)
    if (watching === 0 || document.visibilityState === 'hidden') return
    timer = setTimeout(async () => {
      if (Date.now() - lastInput >= BELL_IDLE_MS) {
        idle = true
        return
      }
      await refresh()
      schedule()
    }, BELL_POLL_MS)
  }

  function onInput() {
    lastInput = Date.now()
    if (idle) {
      idle = false
      refresh().then(schedule)
    }
  }

  function onVisibility() {
    if (document.visibilityState === 'visible') refresh().then(schedule)
    else clearTimeout(timer)
  }

  /** Starts polling (for one more bell); returns how to stop. */
  function watch(): () => void {
    watching++
    if (watching === 1) {
      document.addEventListener('visibilitychange', onVisibility)
      INPUTS.forEach((name) => window.addEventListener(name, onInput, { passive: true }))
      lastInput = Date.now()
      idle = false
      refresh().then(schedule)
    }
    return () => {
      watching--
      if (watching === 0) {
        clearTimeout(timer)
        document.removeEventListener('visibilitychange', onVisibility)
        INPUTS.forEach((name) => window.removeEventListener(name, onInput))
      }
    }
  }

  return { unread, refresh, watch }
})
