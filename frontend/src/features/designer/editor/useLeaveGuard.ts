// Asks before leaving a page with unsaved changes: in-app navigation and closing or reloading the tab.
import { onBeforeUnmount, onMounted, type Ref } from 'vue'
import { onBeforeRouteLeave } from 'vue-router'
import { ElMessageBox } from 'element-plus'
import 'element-plus/es/components/message-box/style/css'

export function useLeaveGuard(
  dirty: Ref<boolean>,
  texts: () => { title: string; message: string; leave: string; stay: string },
) {
  const beforeUnload = (event: BeforeUnloadEvent) => {
    if (!dirty.value) return
    event.preventDefault()
    event.returnValue = ''
  }
  onMounted(() => window.addEventListener('beforeunload', beforeUnload))
  onBeforeUnmount(() => window.removeEventListener('beforeunload', beforeUnload))
  onBeforeRouteLeave(async () => {
    if (!dirty.value) return true
    const text = texts()
    try {
      await ElMessageBox.confirm(text.message, text.title, {
        confirmButtonText: text.leave,
        cancelButtonText: text.stay,
        type: 'warning',
      })
      return true
    } catch {
      return false
    }
  })
}
