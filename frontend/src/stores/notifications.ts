import { defineStore } from 'pinia'
import { ref } from 'vue'
import { notificationsApi } from '@/features/notifications/api'

/** How often the bell asks for its count while the page is visible. */
export const BELL_POLL_MS = 1500

/**
 * The bell's unread count: a cheap GET every 1.5 s while the tab is visible (no long-lived
 * connection, so pages still reach network idle), paused while it is hidden.
 */
export const useNotificationCount = defineStore('notificationCount', () => {
  const unread = ref(0)
  let timer: ReturnType<typeof setTimeout> | undefined
  let watching = 0
  let inFlight = false

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
      await refresh()
      schedule()
    }, BELL_POLL_MS)
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
      refresh().then(schedule)
    }
    return () => {
      watching--
      if (watching === 0) {
        clearTimeout(timer)
        document.removeEventListener('visibilitychange', onVisibility)
      }
    }
  }

  return { unread, refresh, watch }
})
