import { defineStore } from 'pinia'
import { ref } from 'vue'
import { api } from '@/lib/api'

/** The badges of the request lists: my requests whose end I have not seen, copies I have not read. */
export const useRequestCounts = defineStore('requestCounts', () => {
  const unread = ref(0)
  const ccUnread = ref(0)

  async function refresh() {
    try {
      const counts = await api.requestCounts()
      unread.value = counts.unread
      ccUnread.value = counts.ccUnread
    } catch {
      // badges are a convenience: a failure leaves the last known numbers
    }
  }

  return { unread, ccUnread, refresh }
})
