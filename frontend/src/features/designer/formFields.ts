// The fields a form-js schema binds (their keys), for pickers that name a form field: approver
// rules that read a person or department from the form, gateway conditions, route previews.

export interface FormField {
  key: string
  label: string
  type: string
  /** the fixed options of a select or radio (not the ones its data source gives at run time) */
  values?: { value: string; label: string }[]
}

const VALUE_TYPES = new Set([
  'textfield',
  'textarea',
  'number',
  'datetime',
  'select',
  'radio',
  'checkbox',
  'checklist',
  'taglist',
  'expression',
])

interface Component {
  type?: string
  key?: string
  path?: string
  label?: string
  values?: { value?: unknown; label?: string }[]
  components?: Component[]
}

function optionsOf(component: Component): FormField['values'] {
  if (!['select', 'radio'].includes(component.type ?? '') || !Array.isArray(component.values))
    return undefined
  const values = component.values.filter((option) => option.value != null && option.value !== '')
  return values.length
    ? values.map((option) => ({
        value: String(option.value),
        label: option.label || String(option.value),
      }))
    : undefined
}

/** Every value field of a schema, in form order; fields in groups with a `path` get `path.key`. */
export function fieldsOf(schema: { components?: unknown } | null | undefined): FormField[] {
  const fields: FormField[] = []
  const walk = (components: Component[] | undefined, prefix: string) => {
    for (const component of components ?? []) {
      const type = component.type ?? ''
      if (VALUE_TYPES.has(type) && component.key) {
        const values = optionsOf(component)
        fields.push({
          key: prefix + component.key,
          label: component.label || component.key,
          type,
          ...(values ? { values } : {}),
        })
      } else if (type === 'group') {
        walk(component.components, component.path ? `${prefix}${component.path}.` : prefix)
      }
      // a dynamic list's fields live in its rows, not at the top: they cannot be read by name
    }
  }
  walk(schema?.components as Component[] | undefined, '')
  return fields
}
