import { describe, expect, it } from 'vitest'
import {
  adjustGroups,
  batonFormEditorModule,
  defaultLabel,
  fieldIdFor,
  flushableDebounce,
  nextKey,
} from './formEditorModule'

type Factory = ((...args: never[]) => unknown) & { $inject: string[] }

const definition = (type: string, name: string, extra: Record<string, unknown> = {}) =>
  Object.assign(() => null, { config: { type, name, ...extra } as Record<string, unknown> })

function services(lang: string) {
  const registry: Record<string, ReturnType<typeof definition> | undefined> = {
    default: definition('default', 'Form'),
    textfield: definition('textfield', 'Text field', { keyed: true }),
    datetime: definition('datetime', 'Date time', { keyed: true }),
    dynamiclist: definition('dynamiclist', 'Dynamic list', { pathed: true, repeatable: true }),
    text: definition('text', 'Text view'),
    filepicker: definition('filepicker', 'File picker', { keyed: true }),
  }
  const formFields = { _formFields: registry }
  const fields: { id: string; type: string; key?: string; path?: string }[] = [
    { id: 'Field_textfield1', type: 'textfield', key: 'textfield1' },
  ]
  const formFieldRegistry = {
    get: (id: string) => fields.find((field) => field.id === id),
    getAll: () => fields,
    _ids: { assigned: (id: string) => fields.some((field) => field.id === id) },
  }
  const created: Record<string, unknown>[] = []
  const fieldFactory = {
    create: (attrs: Record<string, unknown>, _isNewField?: boolean) => {
      created.push(attrs)
      return attrs
    },
  }
  const listeners: Record<string, (event: unknown) => void> = {}
  const eventBus = {
    on: (name: string, _priority: number, callback: (event: unknown) => void) =>
      (listeners[name] = callback),
  }
  const providers: { getGroups(field: unknown): (groups: unknown[]) => unknown[] }[] = []
  const propertiesPanel = {
    registerProvider: (provider: (typeof providers)[number]) => providers.push(provider),
  }
  const edits: [string, string, unknown][] = []
  const modeling = {
    editFormField: (field: { id: string }, property: string, value: unknown) =>
      edits.push([field.id, property, value]),
  }
  let selected: unknown = null
  const selection = { get: () => selected, select: (field: unknown) => (selected = field) }
  const all: Record<string, unknown> = {
    formFields,
    formFieldRegistry,
    fieldFactory,
    eventBus,
    propertiesPanel,
    modeling,
    selection,
  }
  const instances: Record<string, unknown> = {}

  const module = batonFormEditorModule({
    lang,
    supported: ['textfield', 'datetime', 'dynamiclist', 'text'],
  }) as unknown as Record<string, [string, Factory]> & { __init__: string[] }
  for (const name of module.__init__) {
    const factory = module[name]![1]
    instances[name] = factory(...(factory.$inject.map((service) => all[service]) as never[]))
  }
  return {
    registry,
    fields,
    fieldFactory,
    created,
    listeners,
    providers,
    edits,
    selection,
    instances,
  }
}

describe('the palette', () => {
  it('offers only supported components, named in the UI language; the others stay known', () => {
    const { registry } = services('zh-CN')
    expect(Object.keys(registry)).toEqual([
      'default',
      'textfield',
      'datetime',
      'dynamiclist',
      'text',
    ])
    expect(registry.filepicker!.config.name).toBe('文件上传')
    expect(registry.textfield!.config.name).toBe('单行文本')
    expect(registry.textfield!.config.keyed).toBe(true)
    expect(typeof registry.textfield).toBe('function')
  })

  it('keeps form-js names in English', () => {
    const { registry } = services('en-US')
    expect(registry.textfield!.config.name).toBe('Text field')
    expect(Object.keys(registry)).not.toContain('filepicker')
  })
})

describe('new fields', () => {
  it('get a bilingual label, a readable key and the id Field_<key>', () => {
    const { fieldFactory, created } = services('en-US')
    fieldFactory.create({ type: 'textfield' })
    fieldFactory.create({ type: 'datetime' })
    fieldFactory.create({ type: 'dynamiclist' })
    fieldFactory.create({ type: 'text' })
    expect(created[0]).toEqual({
      type: 'textfield',
      key: 'textfield2',
      id: 'Field_textfield2',
      label: '单行文本 / Text field',
    })
    expect(created[1]).toEqual({
      type: 'datetime',
      key: 'datetime1',
      id: 'Field_datetime1',
      dateLabel: '日期 / Date',
    })
    expect(created[2]).toEqual({
      type: 'dynamiclist',
      path: 'dynamiclist1',
      id: 'Field_dynamiclist1',
      label: '动态列表 / Dynamic list',
    })
    expect(created[3]).toEqual({ type: 'text' })
  })

  it('leave imported fields as they are', () => {
    const { fieldFactory, created } = services('zh-CN')
    fieldFactory.create({ type: 'textfield', id: 'Field_x', key: 'x' }, false)
    fieldFactory.create({ type: 'textfield', id: 'Field_y' })
    expect(created).toEqual([
      { type: 'textfield', id: 'Field_x', key: 'x' },
      { type: 'textfield', id: 'Field_y' },
    ])
  })
})

describe('the component id follows the key', () => {
  it('when the id was Field_<old key>: in the export at once, in the editor once another field is selected', () => {
    const { listeners, fields, edits, selection, instances } = services('zh-CN')
    const field = fields[0]!
    selection.select(field)
    const edit = (formField: unknown, properties: Record<string, unknown>) =>
      listeners['commandStack.formField.edit.preExecute']!({ context: { formField, properties } })
    edit(field, { key: 'reason' })
    field.key = 'reason'
    const ids = instances.batonIdFollowsKey as { exportIds<T>(schema: T): T }
    const schema = {
      id: 'f',
      type: 'default',
      components: [{ id: 'Field_textfield1', type: 'textfield', key: 'reason' }],
    }
    expect(ids.exportIds(schema).components[0]!.id).toBe('Field_reason')
    expect(schema.components[0]!.id).toBe('Field_textfield1')

    listeners['selection.changed']!({})
    expect(edits).toEqual([])
    selection.select(null)
    listeners['selection.changed']!({})
    expect(edits).toEqual([['Field_textfield1', 'id', 'Field_reason']])
  })

  it('not for ids of another shape, keys that cannot be ids, or ids in use', () => {
    const { listeners, fields, edits, instances } = services('zh-CN')
    fields.push(
      { id: 'Field_0x1', type: 'textfield', key: 'custom' },
      { id: 'Field_a', type: 'textfield', key: 'a' },
    )
    const edit = (formField: unknown, properties: Record<string, unknown>) =>
      listeners['commandStack.formField.edit.preExecute']!({ context: { formField, properties } })
    edit(fields[1], { key: 'other' })
    fields[1]!.key = 'other'
    edit(fields[2], { key: 'textfield1' })
    fields[2]!.key = 'textfield1'
    edit(fields[0], { key: 'a.b' })
    fields[0]!.key = 'a.b'
    listeners['selection.changed']!({})
    expect(edits).toEqual([])
    const schema = { components: fields.map((field) => ({ ...field })) }
    expect((instances.batonIdFollowsKey as { exportIds<T>(schema: T): T }).exportIds(schema)).toBe(
      schema,
    )
  })
})

describe('properties', () => {
  it('hides the form id and version tag, nothing else, and opens the general group', () => {
    const { providers } = services('zh-CN')
    const groups = [
      { id: 'general', entries: [{ id: 'id' }, { id: 'versionTag' }] },
      { id: 'custom', entries: [{ id: 'c' }] },
    ]
    expect(providers[0]!.getGroups({ type: 'default' })(groups)).toEqual([
      { id: 'custom', entries: [{ id: 'c' }] },
    ])
    expect(providers[0]!.getGroups({ type: 'textfield' })(groups)).toEqual([
      { id: 'general', entries: [{ id: 'id' }, { id: 'versionTag' }], shouldOpen: true },
      { id: 'custom', entries: [{ id: 'c' }] },
    ])
    expect(providers[0]!.getGroups(null)(groups)).toBe(groups)
  })
})

describe('helpers', () => {
  it('build labels, keys and ids', () => {
    expect(defaultLabel('number', 'Number')).toBe('数字 / Number')
    expect(defaultLabel('custom', 'Custom')).toBe('Custom')
    expect(nextKey('number', new Set(['number1', 'number2']))).toBe('number3')
    expect(fieldIdFor('total')).toBe('Field_total')
    expect(fieldIdFor('a.b')).toBeNull()
    expect(adjustGroups('group', [])).toEqual([])
  })

  it('leaves keys, ids, paths and expression groups to the advanced mode', () => {
    const groups = [
      { id: 'general', entries: [{ id: 'label' }, { id: 'key' }, { id: 'id' }] },
      { id: 'condition', entries: [{ id: 'conditional-hide' }] },
      { id: 'validation', entries: [{ id: 'required' }] },
    ]
    expect(adjustGroups('textfield', groups, false)).toEqual([
      { id: 'general', entries: [{ id: 'label' }], shouldOpen: true },
      { id: 'validation', entries: [{ id: 'required' }] },
    ])
    expect(adjustGroups('textfield', groups, true)).toHaveLength(3)
  })
})

describe('flushableDebounce', () => {
  it('runs after the pause, or at once when flushed, with the last arguments', async () => {
    const debounce = flushableDebounce(20)
    const calls: string[] = []
    const typed = debounce((value: string) => calls.push(value))
    typed('a')
    typed('ab')
    expect(calls).toEqual([])
    debounce.flushAll()
    expect(calls).toEqual(['ab'])
    debounce.flushAll()
    typed.flush()
    expect(calls).toEqual(['ab'])
    typed('abc')
    await new Promise((resolve) => setTimeout(resolve, 40))
    expect(calls).toEqual(['ab', 'abc'])
    typed('x')
    typed.cancel()
    debounce.flushAll()
    expect(calls).toEqual(['ab', 'abc'])
  })
})
