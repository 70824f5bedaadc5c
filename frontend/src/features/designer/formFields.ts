// The fields a form-js schema binds (their keys), for pickers that name a form field: approver
// rules that read a person or department from the form, gateway conditions, route previews.

export interface FormField {
  key: string
  label: string
  type: string
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
  components?: Component[]
}

/** Every value field of a schema, in form order; fields in groups with a `path` get `path.key`. */
export function fieldsOf(schema: { components?: unknown } | null | undefined): FormField[] {
  const fields: FormField[] = []
  const walk = (components: Component[] | undefined, prefix: string) => {
    for (const component of components ?? []) {
      const type = component.type ?? ''
      if (VALUE_TYPES.has(type) && component.key) {
        fields.push({ key: prefix + component.key, label: component.label || component.key, type })
      } else if (type === 'group') {
        walk(component.components, component.path ? `${prefix}${component.path}.` : prefix)
      }
      // a dynamic list's fields live in its rows, not at the top: they cannot be read by name
    }
  }
  walk(schema?.components as Component[] | undefined, '')
  return fields
}
