import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { notificationsApi } from '@/features/notifications/api'
import { BELL_IDLE_MS, BELL_POLL_MS, useNotificationCount } from './notifications'

function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state })
  document.dispatchEvent(new Event('visibilitychange'))
}

describe('the bell count', () => {
  let unread = 0
  let calls = 0

  beforeEach(() => {
    setActivePinia(createPinia())
    vi.useFakeTimers()
    unread = 0
    calls = 0
    vi.spyOn(notificationsApi, 'unreadCount').mockImplementation(async () => {
      calls++
      return { unread }
    })
    setVisibility('visible')
  })

  afterEach(() => {
    vi.restoreAllMocks()
    vi.useRealTimers()
  })

  it('asks at once, then every 1.5 s, so a new notification shows within two seconds', async () => {
    const count = useNotificationCount()
    const stop = count.watch()
    await vi.advanceTimersByTimeAsync(0)
    expect(count.unread).toBe(0)
    unread = 1
    await vi.advanceTimersByTimeAsync(BELL_POLL_MS)
    expect(count.unread).toBe(1)
    expect(BELL_POLL_MS).toBeLessThan(2000)
    stop()
  })

  it('stops asking while the tab is hidden and asks again when it is shown', async () => {
    const count = useNotificationCount()
    const stop = count.watch()
    await vi.advanceTimersByTimeAsync(0)
    setVisibility('hidden')
    const before = calls
    await vi.advanceTimersByTimeAsync(BELL_POLL_MS * 5)
    expect(calls).toBe(before)
    unread = 3
    setVisibility('visible')
    await vi.advanceTimersByTimeAsync(0)
    expect(count.unread).toBe(3)
    stop()
  })

  it('stops asking when the last bell is gone', async () => {
    const count = useNotificationCount()
    const stop = count.watch()
    await vi.advanceTimersByTimeAsync(0)
    stop()
    const before = calls
    await vi.advanceTimersByTimeAsync(BELL_POLL_MS * 5)
    expect(calls).toBe(before)
  })

  it('stops asking when nobody has used the page for a while, so the session can end, and catches up on the next click', async () => {
    const count = useNotificationCount()
    const stop = count.watch()
    await vi.advanceTimersByTimeAsync(BELL_IDLE_MS + BELL_POLL_MS)
    const before = calls
    await vi.advanceTimersByTimeAsync(BELL_POLL_MS * 10)
    expect(calls).toBe(before)
    unread = 2
    window.dispatchEvent(new Event('pointerdown'))
    await vi.advanceTimersByTimeAsync(0)
    expect(count.unread).toBe(2)
    await vi.advanceTimersByTimeAsync(BELL_POLL_MS)
    expect(calls).toBeGreaterThan(before + 1)
    stop()
  })
})
