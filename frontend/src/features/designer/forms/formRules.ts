// What the form designer checks before a form is added, and what it warns about in a schema.
import { SUPPORTED_COMPONENTS } from './formTemplates'

/** A form id as the server accepts it (docs/api.md, PUT …/draft). */
export const FORM_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/

export type FormIdProblem = 'required' | 'pattern' | 'taken'

/** Why `id` cannot name a new form among `taken`, or null when it can. */
export function formIdProblem(id: string, taken: readonly string[]): FormIdProblem | null {
  if (!id.trim()) return 'required'
  if (!FORM_ID_PATTERN.test(id)) return 'pattern'
  if (taken.includes(id)) return 'taken'
  return null
}

export interface UnsupportedComponent {
  type: string
  id: string
  label: string
}

interface Component {
  type?: unknown
  id?: unknown
  key?: unknown
  label?: unknown
  components?: unknown
}

const SUPPORTED: ReadonlySet<string> = new Set(SUPPORTED_COMPONENTS)

export function isSupportedComponent(type: string): boolean {
  return SUPPORTED.has(type)
}

/** Every component of a schema, at any depth, that Baton cannot render or validate on the server. */
export function unsupportedComponents(
  schema: { components?: unknown } | null | undefined,
): UnsupportedComponent[] {
  const found: UnsupportedComponent[] = []
  const walk = (components: unknown) => {
    if (!Array.isArray(components)) return
    for (const component of components as Component[]) {
      const type = typeof component?.type === 'string' ? component.type : ''
      if (!isSupportedComponent(type)) {
        const id = typeof component?.id === 'string' ? component.id : ''
        const label = [component?.label, component?.key, id].find(
          (text) => typeof text === 'string' && text,
        ) as string | undefined
        found.push({ type: type || '?', id, label: label ?? '' })
      }
      walk(component?.components)
    }
  }
  walk(schema?.components)
  return found
}

/** A form's title: the first heading (or first line) of its first text component, if any. */
export function formTitle(schema: { components?: unknown } | null | undefined): string | null {
  const components = Array.isArray(schema?.components) ? (schema.components as Component[]) : []
  const text = components.find((component) => component?.type === 'text') as
    { text?: unknown } | undefined
  if (typeof text?.text !== 'string' || text.text.startsWith('=')) return null
  const lines = text.text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
  const heading = lines.find((line) => line.startsWith('#')) ?? lines[0]
  const title = heading
    ?.replace(/^#+\s*/, '')
    .replace(/[*_`]/g, '')
    .trim()
  return title ? title.substring(0, 80) : null
}

/** A copy of a form's schema under another id. */
export function copySchema(schema: Record<string, unknown>, id: string): Record<string, unknown> {
  return { ...(JSON.parse(JSON.stringify(schema)) as Record<string, unknown>), id }
}

/** How a form is named in lists and pickers: its id, and its title when it has one. */
export function formLabel(form: {
  id: string
  schema: { components?: unknown } | null | undefined
}): string {
  const title = formTitle(form.schema)
  return title ? `${form.id} — ${title}` : form.id
}
