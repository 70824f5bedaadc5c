// Pure rules of the process list and the version page: the process key, which side of a
// comparison is older, and which element gets which mark on which diagram.
import type { DiffView, ProcessOverview } from './api'

/** The server's rule for a process key (docs/api.md "Modeling"). */
export const KEY_PATTERN = /^[a-z][a-z0-9-]{2,63}$/

export type KeyProblem = 'required' | 'start' | 'chars' | 'short' | 'long' | 'taken'

/** What is wrong with a new process key, checked as it is typed; null when it can be used. */
export function keyProblem(raw: string, taken: Iterable<string> = []): KeyProblem | null {
  const key = raw.trim()
  if (!key) return 'required'
  if (!/^[a-z]/.test(key)) return 'start'
  if (!/^[a-z0-9-]*$/.test(key)) return 'chars'
  if (key.length < 3) return 'short'
  if (key.length > 64) return 'long'
  for (const used of taken) if (used === key) return 'taken'
  return null
}

/** Every key already in use: published processes and processes that only have a draft. */
export function takenKeys(processes: ProcessOverview[]): Set<string> {
  return new Set(processes.map((p) => p.key))
}

/** One side of a comparison: a version number or the draft. */
export type Side = number | 'draft'

export function parseSide(raw: unknown): Side | null {
  if (raw === 'draft') return 'draft'
  const text = typeof raw === 'string' ? raw : typeof raw === 'number' ? String(raw) : ''
  if (!/^[1-9][0-9]*$/.test(text)) return null
  return Number(text)
}

/** The older side first: the draft is newer than every version. */
export function ordered(a: Side, b: Side): { from: Side; to: Side } {
  if (a === 'draft') return { from: b, to: a }
  if (b === 'draft') return { from: a, to: b }
  return a <= b ? { from: a, to: b } : { from: b, to: a }
}

export type Mark = 'added' | 'changed' | 'removed'

/**
 * The marks of a comparison: the newer diagram shows what was added and changed, the older one
 * what was removed and changed.
 */
export function diffMarks(diff: Pick<DiffView, 'added' | 'removed' | 'changed'>): {
  from: Record<string, Mark>
  to: Record<string, Mark>
} {
  const from: Record<string, Mark> = {}
  const to: Record<string, Mark> = {}
  for (const id of diff.removed) from[id] = 'removed'
  for (const id of diff.changed) {
    from[id] = 'changed'
    to[id] = 'changed'
  }
  for (const id of diff.added) to[id] = 'added'
  return { from, to }
}

export function changeCount(diff: DiffView): number {
  return (
    diff.added.length +
    diff.removed.length +
    diff.changed.length +
    diff.forms.added.length +
    diff.forms.removed.length +
    diff.forms.changed.length
  )
}

/** The newest version first, then the others, as the switcher and "compare with" list them. */
export function versionNumbers(process: ProcessOverview | null | undefined): number[] {
  return (process?.versions ?? []).map((v) => v.version).sort((a, b) => b - a)
}

export const listPath = () => '/designer'
export const draftPath = (key: string) => `/designer/${encodeURIComponent(key)}/draft`
export const versionPath = (key: string, version: number, compare?: Side | null) =>
  `/designer/${encodeURIComponent(key)}/versions/${version}` +
  (compare != null ? `?compare=${compare}` : '')
