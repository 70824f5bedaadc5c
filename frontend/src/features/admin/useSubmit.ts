// Sending a dialog's form: busy while it runs, the server's field problems next to their fields
// (by the field name the API uses, e.g. parentId), anything else as one message, so that no
// problem of a field the form does not show goes unseen.
import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ApiError } from '@/lib/api'
import { errorMessage } from '@/lib/errors'

export function useSubmit(fields: readonly string[]) {
  const { t } = useI18n()
  const busy = ref(false)
  const fieldErrors = ref<Record<string, string>>({})
  const error = ref('')

  function reset() {
    fieldErrors.value = {}
    error.value = ''
  }

  /** Runs the call; answers whether it succeeded. */
  async function submit(call: () => Promise<unknown>): Promise<boolean> {
    reset()
    busy.value = true
    try {
      await call()
      return true
    } catch (e) {
      if (e instanceof ApiError && e.fieldErrors.length) {
        const split = splitProblems(e.fieldErrors, fields)
        fieldErrors.value = split.fields
        error.value = split.other.join(' ')
      } else {
        error.value = errorMessage(e, t)
      }
      return false
    } finally {
      busy.value = false
    }
  }

  return { busy, fieldErrors, error, reset, submit }
}

/**
 * One message per shown field (several problems of one field are joined); the messages of fields
 * the form does not show, in `other`.
 */
export function splitProblems(
  problems: { field: string; message?: string; code?: string }[],
  shown: readonly string[],
) {
  const fields: Record<string, string> = {}
  const other: string[] = []
  for (const problem of problems) {
    const message = problem.message || problem.code || ''
    if (!shown.includes(problem.field)) other.push(message)
    else
      fields[problem.field] = fields[problem.field]
        ? `${fields[problem.field]} ${message}`
        : message
  }
  return { fields, other }
}
