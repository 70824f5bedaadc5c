// Baton's additions to the form-js 1.23 editor, as one DI module:
// - the palette offers only the components Baton renders and validates on the server; the others
//   stay known to the editor (an older schema that has them still opens), just not offered;
// - component names in the UI language (palette, search, properties panel header);
// - a new field gets Baton's conventions: a bilingual label `中文 / English`, a readable key
//   (`textfield1`) and the component id `Field_<key>`, which follows the key while it is renamed;
// - the form's own id and version tag are not edited here (the form id is the link from the BPMN).
import { COMPONENT_NAMES_ZH } from './formEditorTexts'
import { componentName } from './formEditorI18n'

interface FieldConfig {
  type: string
  name?: string
  label?: string
  keyed?: boolean
  pathed?: boolean
  repeatable?: boolean
  [other: string]: unknown
}

type FieldDefinition = ((...args: unknown[]) => unknown) & { config: FieldConfig }

interface FormFieldsService {
  _formFields: Record<string, FieldDefinition>
}

interface FormField {
  id: string
  type: string
  key?: string
  path?: string
  [other: string]: unknown
}

interface FormFieldRegistry {
  get(id: string): FormField | undefined
  getAll(): FormField[]
  _ids: { assigned(id: string): unknown }
}

interface FieldFactoryService {
  create(attrs: Record<string, unknown>, isNewField?: boolean): FormField
}

interface EventBus {
  on(event: string, priority: number, callback: (event: { context: EditContext }) => void): void
}

interface Modeling {
  editFormField(field: FormField, property: string, value: unknown): void
}

interface Selection {
  get(): FormField | null
}

interface EditContext {
  formField: FormField
  properties: Record<string, unknown>
}

interface PropertiesGroup {
  id: string
  entries?: { id: string }[]
  shouldOpen?: boolean
}

interface PropertiesPanel {
  registerProvider(
    provider: {
      getGroups(field: FormField | null): (groups: PropertiesGroup[]) => PropertiesGroup[]
    },
    priority: number,
  ): void
}

export interface BatonEditorOptions {
  /** The UI language. */
  lang: string
  /** The component types the palette offers. */
  supported: readonly string[]
  /** How long the properties panel waits before it commits typing (ms). */
  debounce?: number
  /** Whether technical entries (keys, ids, FEEL conditions) are shown; always when not given. */
  advanced?: () => boolean
}

/** Bilingual label of a new field, e.g. `单行文本 / Text field`. */
export function defaultLabel(type: string, englishName: string): string {
  const zh = COMPONENT_NAMES_ZH[type]
  return zh ? `${zh} / ${englishName}` : englishName
}

/** The first `<type><n>` not in `taken` (n from 1): a readable key for a new field. */
export function nextKey(type: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const key = `${type}${n}`
    if (!taken.has(key)) return key
  }
}

/** The component id Baton gives a field with this key (`Field_<key>`), or null if the key cannot be part of an id. */
export function fieldIdFor(key: string): string | null {
  return /^[A-Za-z0-9_]+$/.test(key) ? `Field_${key}` : null
}

/** The components whose new instances get a bilingual default label. */
const LABELLED = new Set([
  'textfield',
  'textarea',
  'number',
  'select',
  'radio',
  'checkbox',
  'checklist',
  'taglist',
  'group',
  'dynamiclist',
])

/** Which properties entries the form designer does not show, by field type. */
export const HIDDEN_ENTRIES: Record<string, readonly string[]> = {
  default: ['id', 'versionTag'],
}

/**
 * What only the "advanced" mode shows: a field's key (the variable it binds, 键（变量名）), its id
 * and path, and the groups that hold expressions or engine settings.
 */
export const ADVANCED_ENTRIES: readonly string[] = ['key', 'path', 'id']
export const ADVANCED_GROUPS: readonly string[] = ['condition', 'custom-values', 'serialization']

/**
 * The properties groups as Baton shows them: without the entries it hides for this field type
 * (and, unless `advanced`, the technical ones; groups left empty go), the general group open from
 * the start.
 */
export function adjustGroups(
  type: string,
  groups: PropertiesGroup[],
  advanced = true,
): PropertiesGroup[] {
  const hidden = [...(HIDDEN_ENTRIES[type] ?? []), ...(advanced ? [] : ADVANCED_ENTRIES)]
  return groups
    .filter((group) => advanced || !ADVANCED_GROUPS.includes(group.id))
    .map((group) => {
      const entries = group.entries?.filter((entry) => !hidden.includes(entry.id))
      return {
        ...group,
        ...(entries ? { entries } : {}),
        ...(group.id === 'general' ? { shouldOpen: true } : {}),
      }
    })
    .filter((group) => !group.entries || group.entries.length > 0)
}

/** A debounced function that can be run at once or dropped. */
export type Debounced<A extends unknown[]> = ((...args: A) => void) & {
  flush(): void
  cancel(): void
}

/**
 * form-js's `debounce` service (its properties panel commits typing after a pause), with a way to
 * commit everything still waiting at once: before a save, when focus leaves the editor.
 */
export function flushableDebounce(timeout: number) {
  const waiting = new Set<() => void>()
  const debounce = <A extends unknown[]>(fn: (...args: A) => void): Debounced<A> => {
    let timer: ReturnType<typeof setTimeout> | undefined
    let last: A | null = null
    const stop = () => {
      clearTimeout(timer)
      timer = undefined
      waiting.delete(run)
    }
    function run() {
      stop()
      const args = last
      last = null
      if (args) fn(...args)
    }
    const debounced = (...args: A) => {
      last = args
      clearTimeout(timer)
      timer = setTimeout(run, timeout)
      waiting.add(run)
    }
    return Object.assign(debounced, {
      flush: run,
      cancel: () => {
        stop()
        last = null
      },
    })
  }
  return Object.assign(debounce, { flushAll: () => [...waiting].forEach((run) => run()) })
}

/** The DI module to pass as one of the form editor's `additionalModules`. */
export function batonFormEditorModule({
  lang,
  supported,
  debounce = 300,
  advanced = () => true,
}: BatonEditorOptions) {
  const englishNames: Record<string, string> = {}

  function fields(formFields: FormFieldsService) {
    const registry = formFields._formFields
    for (const [type, definition] of Object.entries(registry)) {
      const config = definition.config
      const english = config.name || config.label || type
      englishNames[type] = english
      const name = componentName(type, english, lang)
      const translated = name === english ? config : { ...config, name }
      // the palette lists the registry's enumerable entries; lookups by type still find the others
      Object.defineProperty(registry, type, {
        value: translated === config ? definition : withConfig(definition, translated),
        enumerable: type === 'default' || supported.includes(type),
        writable: true,
        configurable: true,
      })
    }
    return formFields
  }
  fields.$inject = ['formFields']

  function defaults(
    fieldFactory: FieldFactoryService,
    registry: FormFieldRegistry,
    formFields: FormFieldsService,
  ) {
    const create = fieldFactory.create.bind(fieldFactory)
    fieldFactory.create = (attrs, isNewField = true) => {
      if (!isNewField || attrs.id || typeof attrs.type !== 'string')
        return create(attrs, isNewField)
      const type = attrs.type
      const config = formFields._formFields[type]?.config
      if (!config) return create(attrs, isNewField)
      const extra: Record<string, unknown> = {}
      const english = englishNames[type] ?? type
      if (config.keyed || config.repeatable) {
        const taken = new Set<string>()
        for (const field of registry.getAll()) {
          if (field.key) taken.add(field.key)
          if (field.path) taken.add(field.path)
          taken.add(field.id.replace(/^Field_/, ''))
        }
        const key = nextKey(type, taken)
        extra[config.keyed ? 'key' : 'path'] = key
        const id = fieldIdFor(key)
        if (id && !registry._ids.assigned(id)) extra.id = id
      }
      if (type === 'datetime') extra.dateLabel = '日期 / Date'
      else if (LABELLED.has(type)) extra.label = defaultLabel(type, english)
      return create({ ...extra, ...attrs }, isNewField)
    }
    return fieldFactory
  }
  defaults.$inject = ['fieldFactory', 'formFieldRegistry', 'formFields']

  /**
   * A field whose id is `Field_<key>` keeps that shape when its key is renamed. form-js deselects a
   * field whose id changes (and re-draws it), so the id is renamed once the designer moves on to
   * another field; until then the exported schema already carries the new id.
   */
  function idFollowsKey(
    eventBus: EventBus,
    registry: FormFieldRegistry,
    modeling: Modeling,
    selection: Selection,
  ) {
    const pending = new Set<FormField>()
    eventBus.on('commandStack.formField.edit.preExecute', 1500, ({ context }) => {
      const { formField, properties } = context
      if ('id' in properties) pending.delete(formField)
      else if (
        'key' in properties &&
        (pending.has(formField) || (formField.key && formField.id === fieldIdFor(formField.key)))
      )
        pending.add(formField)
    })
    const target = (field: FormField) => {
      const id = field.key ? fieldIdFor(field.key) : null
      return id &&
        id !== field.id &&
        !registry._ids.assigned(id) &&
        registry.get(field.id) === field
        ? id
        : null
    }
    eventBus.on('selection.changed', 500, () => {
      const selected = selection.get()
      for (const field of [...pending]) {
        if (field === selected) continue
        pending.delete(field)
        const id = target(field)
        if (id) modeling.editFormField(field, 'id', id)
      }
    })
    return {
      /** The exported schema with the ids that renamed keys will give their fields. */
      exportIds<T>(schema: T): T {
        const renames = new Map<string, string>()
        for (const field of pending) {
          const id = target(field)
          if (id) renames.set(field.id, id)
        }
        return renames.size ? renameIds(schema, renames) : schema
      },
    }
  }
  idFollowsKey.$inject = ['eventBus', 'formFieldRegistry', 'modeling', 'selection']

  function properties(propertiesPanel: PropertiesPanel) {
    propertiesPanel.registerProvider(
      {
        getGroups: (field) => (groups) =>
          field ? adjustGroups(field.type, groups, advanced()) : groups,
      },
      500,
    )
    return {}
  }
  properties.$inject = ['propertiesPanel']

  return {
    __init__: ['batonFields', 'batonDefaults', 'batonIdFollowsKey', 'batonProperties'],
    debounce: ['value', flushableDebounce(debounce)],
    batonFields: ['factory', fields],
    batonDefaults: ['factory', defaults],
    batonIdFollowsKey: ['factory', idFollowsKey],
    batonProperties: ['factory', properties],
  }
}

/** A copy of a schema whose components with the given ids have the new ids. */
export function renameIds<T>(schema: T, renames: ReadonlyMap<string, string>): T {
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk)
    if (!node || typeof node !== 'object') return node
    const copy: Record<string, unknown> = {}
    for (const [name, value] of Object.entries(node))
      copy[name] = name === 'components' ? walk(value) : value
    const id = copy.id
    if (typeof id === 'string' && renames.has(id) && 'type' in copy && copy.type !== 'default')
      copy.id = renames.get(id)
    return copy
  }
  return walk(schema) as T
}

/** The same form field component with another config (form-js reads names from `config`). */
function withConfig(definition: FieldDefinition, config: FieldConfig): FieldDefinition {
  return new Proxy(definition, {
    get: (target, property, receiver) =>
      property === 'config' ? config : Reflect.get(target, property, receiver),
  })
}
