// What a refused import file says: every bad row and cell (rows, as docs/org-import.md describes)
// or, for a problem with the file as a whole, only the detail.
import type { Problem } from '@/lib/types'
import type { ImportRowProblem } from './api'

export interface ImportRefusal {
  /** the server's sentence, e.g. "Nothing was imported: 2 rows have problems. …" */
  detail: string
  rows: ImportRowProblem[]
}

/** The refusal in a problem detail, rows in the order of the file (departments sheet first). */
export function importRefusal(problem: Problem & { rows?: ImportRowProblem[] }): ImportRefusal {
  const rows = [...(problem.rows ?? [])].sort(
    (a, b) => (a.sheet ?? '').localeCompare(b.sheet ?? '') || a.row - b.row,
  )
  return { detail: problem.detail ?? problem.title ?? '', rows }
}

/** Which file the example link offers for the kind picked. */
export function exampleUrl(kind: 'people' | 'departments') {
  return `/api/admin/directory/import/examples/${kind}`
}
