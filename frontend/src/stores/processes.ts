import { defineStore } from 'pinia'
import { ref } from 'vue'
import { api } from '@/lib/api'
import type { StartableProcess } from '@/lib/types'

/** The processes the caller may start, with their start forms (loaded once per session). */
export const useProcesses = defineStore('processes', () => {
  const list = ref<StartableProcess[]>([])
  const loaded = ref(false)
  let pending: Promise<StartableProcess[]> | null = null

  async function load(force = false): Promise<StartableProcess[]> {
    if (loaded.value && !force) return list.value
    pending ??= api.processes().finally(() => (pending = null))
    list.value = await pending
    loaded.value = true
    return list.value
  }

  function find(key: string) {
    return list.value.find((process) => process.key === key) ?? null
  }

  return { list, loaded, load, find }
})
