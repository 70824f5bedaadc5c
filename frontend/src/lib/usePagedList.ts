// A server-paged list with a search box: the page, the search text (debounced), loading and error
// state, and answers that arrive out of order (only the latest request's answer is shown).
import { ref, watch, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { errorMessage } from './errors'

export interface PagedQuery {
  /** The search text, trimmed; undefined when empty. */
  q: string | undefined
  /** Zero-based page index for the API. */
  page: number
}

export function usePagedList<T extends { items: unknown[]; total: number }>(
  fetch: (query: PagedQuery) => Promise<T>,
  show: (result: T) => void,
) {
  const { t } = useI18n()
  const page = ref(1)
  const q = ref('')
  const total = ref(0)
  const loading = ref(false)
  const error = ref('')
  let sequence = 0

  async function load() {
    const mine = ++sequence
    loading.value = true
    error.value = ''
    try {
      const result = await fetch({ q: q.value.trim() || undefined, page: page.value - 1 })
      if (mine !== sequence) return
      total.value = result.total
      show(result)
    } catch (e) {
      if (mine === sequence) error.value = errorMessage(e, t)
    } finally {
      if (mine === sequence) loading.value = false
    }
  }

  /** Back to the first page and load again (a filter changed). */
  function reload() {
    page.value = 1
    load()
  }

  let searchTimer: ReturnType<typeof setTimeout> | undefined
  watch(q, () => {
    clearTimeout(searchTimer)
    searchTimer = setTimeout(reload, 300)
  })

  return { page: page as Ref<number>, q, total, loading, error, load, reload }
}
