// Maps the server's field problems (`errors[].field` such as `title`, `items[2].quantity`,
// `handoffChecklist[0]`) onto the form-js schema: form-js keeps its errors keyed by field id, and
// by the item index for fields inside dynamic lists (errors[fieldId][index] = messages).
import type { FieldProblem, FormSchema } from './types'

interface Segment {
  key: string
  index?: number
}

interface SchemaComponent {
  id?: string
  type?: string
  key?: string
  path?: string
  label?: string
  dateLabel?: string
  timeLabel?: string
  isRepeating?: boolean
  components?: SchemaComponent[]
}

export interface MappedFieldError {
  field: string
  fieldId: string | null
  label: string
  message: string
}

export interface MappedErrors {
  /** form-js errors state: { [fieldId]: string[] | { [index]: string[] } } */
  formJs: Record<string, unknown>
  /** every problem with the label of its field (the field path when it is not in the form) */
  list: MappedFieldError[]
}

export function parseFieldPath(field: string): Segment[] {
  const segments: Segment[] = []
  for (const part of field.split('.')) {
    const match = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part)
    if (!match) {
      segments.push({ key: part })
      continue
    }
    const indexes = [...match[2]!.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]))
    if (match[1]) segments.push({ key: match[1], index: indexes[0] })
    else if (segments.length && indexes.length) segments[segments.length - 1]!.index = indexes[0]
    for (const extra of indexes.slice(1)) segments.push({ key: '', index: extra })
  }
  return segments
}

function pathOf(component: SchemaComponent): string[] | null {
  const raw = component.key ?? component.path
  return raw ? raw.split('.') : null
}

interface Found {
  component: SchemaComponent
  indexes: number[]
}

function find(
  components: SchemaComponent[] | undefined,
  segments: Segment[],
  indexes: number[],
): Found | null {
  if (!components || segments.length === 0) return null
  for (const component of components) {
    const path = pathOf(component)
    if (!path) {
      // a group without a path: its fields sit at the same level
      if (component.components) {
        const inner = find(component.components, segments, indexes)
        if (inner) return inner
      }
      continue
    }
    if (path.length > segments.length) continue
    if (!path.every((name, i) => segments[i]!.key === name)) continue
    const last = segments[path.length - 1]!
    const rest = segments.slice(path.length)
    const isList = component.type === 'dynamiclist' || component.isRepeating
    if (rest.length === 0) return { component, indexes }
    if (component.components) {
      const nextIndexes = isList && last.index !== undefined ? [...indexes, last.index] : indexes
      const inner = find(component.components, rest, nextIndexes)
      if (inner) return inner
      return { component, indexes }
    }
    // e.g. a checklist value `handoffChecklist[0]`: the error belongs to the field itself
    return { component, indexes }
  }
  return null
}

function labelOf(component: SchemaComponent): string {
  return (
    component.label ||
    component.dateLabel ||
    component.timeLabel ||
    component.key ||
    component.path ||
    ''
  )
}

function setIn(target: Record<string, unknown>, path: (string | number)[], message: string) {
  let node: Record<string | number, unknown> = target
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i]!
    if (typeof node[key] !== 'object' || node[key] === null || Array.isArray(node[key]))
      node[key] = {}
    node = node[key] as Record<string | number, unknown>
  }
  const leaf = path[path.length - 1]!
  const existing = Array.isArray(node[leaf]) ? (node[leaf] as string[]) : []
  node[leaf] = [...existing, message]
}

export function mapFieldErrors(
  schema: FormSchema | null | undefined,
  problems: FieldProblem[],
): MappedErrors {
  const formJs: Record<string, unknown> = {}
  const list: MappedFieldError[] = []
  for (const problem of problems) {
    const found = schema
      ? find(schema.components as SchemaComponent[], parseFieldPath(problem.field), [])
      : null
    if (found?.component.id) {
      setIn(formJs, [found.component.id, ...found.indexes], problem.message)
      const label = labelOf(found.component)
      const row = found.indexes.length ? ` #${found.indexes.map((i) => i + 1).join('.')}` : ''
      list.push({
        field: problem.field,
        fieldId: found.component.id,
        label: label + row,
        message: problem.message,
      })
    } else {
      list.push({
        field: problem.field,
        fieldId: null,
        label: problem.field,
        message: problem.message,
      })
    }
  }
  return { formJs, list }
}

/** The value at a server field path (`items[2].quantity`) in form data. */
export function valueAt(data: unknown, field: string): unknown {
  let node: unknown = data
  for (const segment of parseFieldPath(field)) {
    if (node === null || typeof node !== 'object') return undefined
    if (segment.key) node = (node as Record<string, unknown>)[segment.key]
    if (segment.index !== undefined) {
      if (!Array.isArray(node)) return undefined
      node = node[segment.index]
    }
  }
  return node
}

/** Whether form-js errors already hold every message of another errors object. */
export function containsErrors(errors: unknown, wanted: unknown): boolean {
  if (Array.isArray(wanted))
    return Array.isArray(errors) && wanted.every((message) => errors.includes(message))
  if (wanted && typeof wanted === 'object') {
    if (!errors || typeof errors !== 'object') return false
    return Object.entries(wanted).every(([key, value]) =>
      containsErrors((errors as Record<string, unknown>)[key], value),
    )
  }
  return true
}

/** Two form-js errors objects in one (messages of the same field and item joined). */
export function mergeErrors(errors: unknown, extra: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = { ...((errors as Record<string, unknown>) ?? {}) }
  for (const [key, value] of Object.entries((extra as Record<string, unknown>) ?? {})) {
    const existing = out[key]
    if (Array.isArray(value)) {
      const messages = Array.isArray(existing) ? existing : []
      out[key] = [...messages, ...value.filter((message) => !messages.includes(message))]
    } else {
      out[key] = mergeErrors(
        existing && typeof existing === 'object' && !Array.isArray(existing) ? existing : {},
        value,
      )
    }
  }
  return out
}
