// The designer's "advanced" switch: technical fields (ids, variable keys, expression toggles) are
// hidden from business staff unless they turn it on. One switch for the modeler and the form
// designer, remembered per user in this browser.
import { ref, watch, type Ref } from 'vue'
import { useSession } from '@/stores/session'

const STORAGE_PREFIX = 'baton.designer.advanced.'

const shown = ref(false)
let loadedFor: string | null = null

function storageKey(userId: string) {
  return STORAGE_PREFIX + userId
}

function read(userId: string): boolean {
  try {
    return localStorage.getItem(storageKey(userId)) === 'true'
  } catch {
    return false
  }
}

watch(shown, (value) => {
  if (!loadedFor) return
  try {
    localStorage.setItem(storageKey(loadedFor), String(value))
  } catch {
    // private mode or storage full: the switch still works for this page
  }
})

/** Whether advanced fields are shown, for the logged-in user (false until they switch it on). */
export function useAdvancedMode(): Ref<boolean> {
  const userId = useSession().user?.id ?? 'anonymous'
  if (loadedFor !== userId) {
    loadedFor = null
    shown.value = read(userId)
    loadedFor = userId
  }
  return shown
}
