import { defineStore } from 'pinia'
import { ref } from 'vue'
import { api } from '@/lib/api'

/** The inbox badges: tasks assigned to me and tasks I can claim. */
export const useTaskCounts = defineStore('taskCounts', () => {
  const assigned = ref(0)
  const candidate = ref(0)
  const known = ref(false)

  async function refresh() {
    try {
      const counts = await api.taskCounts()
      assigned.value = counts.assigned
      candidate.value = counts.candidate
      known.value = true
    } catch {
      // badges are a convenience: a failure leaves the last known numbers
    }
  }

  function set(counts: { assigned: number; candidate: number }) {
    assigned.value = counts.assigned
    candidate.value = counts.candidate
    known.value = true
  }

  return { assigned, candidate, known, refresh, set }
})
