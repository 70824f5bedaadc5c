// form-js renders number fields as text inputs, so a phone opens its full text keyboard for them.
// This gives each number input the keyboard its field needs: digits and a decimal point
// (inputmode="decimal"), or digits only (inputmode="numeric") where the field allows no decimals.

type Component = { id?: string; type?: string; decimalDigits?: unknown; components?: unknown[] }

export type InputMode = 'decimal' | 'numeric'

/** The keyboard a form-js number field needs: numeric when it allows no decimals. */
export function inputModeFor(field: { decimalDigits?: unknown }): InputMode {
  return field.decimalDigits === 0 ? 'numeric' : 'decimal'
}

/** The number fields of a schema (nested ones too), by their id. */
export function numberFields(schema: { components?: unknown[] } | null | undefined) {
  const fields = new Map<string, Component>()
  const walk = (components: unknown[] | undefined) => {
    for (const raw of components ?? []) {
      const component = raw as Component
      if (component.type === 'number' && component.id) fields.set(component.id, component)
      walk(component.components)
    }
  }
  walk(schema?.components)
  return fields
}

/**
 * The field id in a form-js input id: `fjs-form-<form>-<field id>`, with `_<index>` appended
 * for each dynamic list the field repeats in.
 */
export function fieldIdOf(inputId: string, ids: Iterable<string>): string | null {
  let found: string | null = null
  for (const id of ids) {
    const at = inputId.lastIndexOf('-' + id)
    const rest = at >= 0 ? inputId.substring(at + id.length + 1) : null
    // the longest id that ends the input's id wins ("unit-price" over "price")
    if (rest !== null && /^(_\d+)*$/.test(rest) && id.length > (found?.length ?? -1)) found = id
  }
  return found
}

function apply(container: HTMLElement, fields: Map<string, Component>) {
  const inputs = container.querySelectorAll<HTMLInputElement>('.fjs-form-field-number input')
  inputs.forEach((input) => {
    const id = fieldIdOf(input.id, fields.keys())
    const mode = inputModeFor(id ? fields.get(id)! : {})
    if (input.getAttribute('inputmode') !== mode) input.setAttribute('inputmode', mode)
  })
}

/**
 * Keeps the number inputs of a form-js container on the right keyboard, also for rows a dynamic
 * list adds later; returns the function that stops it.
 */
export function installInputModes(
  container: HTMLElement,
  schema: { components?: unknown[] } | null | undefined,
): () => void {
  const fields = numberFields(schema)
  apply(container, fields)
  if (typeof MutationObserver === 'undefined') return () => {}
  const observer = new MutationObserver((mutations) => {
    if (mutations.some((mutation) => mutation.addedNodes.length > 0)) apply(container, fields)
  })
  observer.observe(container, { subtree: true, childList: true })
  return () => observer.disconnect()
}
