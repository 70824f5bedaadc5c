// Describes a request's data with the labels of the form fields that wrote it, for the read-only
// "request" panels. Only keys bound by a form's field are shown (engine variables never are).
import type { FormData, FormSchema } from './types'

interface Component {
  id?: string
  type?: string
  key?: string
  path?: string
  label?: string
  dateLabel?: string
  readonly?: unknown
  disabled?: boolean
  values?: { label: string; value: unknown }[]
  components?: Component[]
}

export interface DescribeOptions {
  /** only the fields the form lets a person fill in (a later step's read-only copies are not its data) */
  editableOnly?: boolean
  /** show computed (expression) fields too, labelled from `labels` */
  computed?: boolean
  /** labels by key, for fields the form does not label itself (a computed total) */
  labels?: Record<string, string>
}

export interface Column {
  key: string
  label: string
  component: Component
}

export type Described =
  | { kind: 'value'; key: string; label: string; text: string }
  | { kind: 'table'; key: string; label: string; columns: Column[]; rows: Record<string, string>[] }

const INPUT_TYPES = new Set([
  'textfield',
  'textarea',
  'number',
  'datetime',
  'checkbox',
  'checklist',
  'radio',
  'select',
  'taglist',
])

function labelOf(component: Component, labels: Record<string, string> = {}) {
  return (
    component.label ||
    component.dateLabel ||
    (component.key ? labels[component.key] : undefined) ||
    component.key ||
    ''
  )
}

const isEditable = (component: Component) =>
  component.readonly !== true && component.disabled !== true

function formatValue(
  component: Component,
  value: unknown,
  lang: string,
  yesNo: [string, string],
): string {
  if (value === null || value === undefined || value === '') return ''
  const optionLabel = (v: unknown) =>
    component.values?.find((option) => option.value === v)?.label ?? String(v)
  if (Array.isArray(value)) return value.map(optionLabel).join(lang.startsWith('zh') ? '、' : ', ')
  if (typeof value === 'boolean') return value ? yesNo[0] : yesNo[1]
  if (typeof value === 'number')
    return new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(value)
  if (component.values) return optionLabel(value)
  return String(value)
}

function collect(
  components: Component[] | undefined,
  into: Component[],
  options: DescribeOptions = {},
) {
  for (const component of components ?? []) {
    if (component.type === 'dynamiclist' && component.path) {
      if (!options.editableOnly || (component.components ?? []).some(isEditable))
        into.push(component)
    } else if (
      component.key &&
      component.type &&
      (INPUT_TYPES.has(component.type) || (options.computed && component.type === 'expression'))
    ) {
      if (!options.editableOnly || component.type === 'expression' || isEditable(component))
        into.push(component)
    } else if (component.components && !component.path) collect(component.components, into, options)
  }
}

/** The label of every key the forms label, the first form that labels it winning. */
export function labelsOf(schemas: (FormSchema | null | undefined)[]): Record<string, string> {
  const labels: Record<string, string> = {}
  for (const schema of schemas) {
    const fields: Component[] = []
    collect(schema?.components as Component[] | undefined, fields)
    for (const field of fields) {
      const label = field.label || field.dateLabel
      if (field.key && label && !(field.key in labels)) labels[field.key] = label
    }
  }
  return labels
}

export function describeData(
  data: FormData,
  schemas: (FormSchema | null | undefined)[],
  lang: string,
  yesNo: [string, string],
  skipKeys: Set<string> = new Set(),
  options: DescribeOptions = {},
): Described[] {
  const seen = new Set<string>(skipKeys)
  const result: Described[] = []
  for (const schema of schemas) {
    if (!schema) continue
    const fields: Component[] = []
    collect(schema.components as Component[], fields, options)
    for (const field of fields) {
      const key = (field.key ?? field.path)!
      if (seen.has(key) || !(key in data)) continue
      seen.add(key)
      const value = data[key]
      if (field.type === 'dynamiclist') {
        const inner: Component[] = []
        collect(field.components, inner)
        const columns = inner.map((c) => ({ key: c.key!, label: labelOf(c), component: c }))
        const rows = (Array.isArray(value) ? value : []).map((row) => {
          const out: Record<string, string> = {}
          for (const column of columns)
            out[column.key] = formatValue(
              column.component,
              (row as FormData)?.[column.key],
              lang,
              yesNo,
            )
          return out
        })
        result.push({ kind: 'table', key, label: labelOf(field), columns, rows })
      } else {
        result.push({
          kind: 'value',
          key,
          label: labelOf(field, options.labels),
          text: formatValue(field, value, lang, yesNo),
        })
      }
    }
  }
  return result
}

/** The keys a form binds (its own fields), to leave out of a summary that sits next to it. */
export function boundKeys(schema: FormSchema | null | undefined): Set<string> {
  const fields: Component[] = []
  collect(schema?.components as Component[] | undefined, fields)
  return new Set(fields.map((field) => (field.key ?? field.path)!))
}
