import { describe, expect, it } from 'vitest'
import { batonFormEditorModule, defaultLabel, fieldIdFor, nextKey, withoutHiddenEntries } from './formEditorModule'

type Factory = ((...args: never[]) => unknown) & { $inject: string[] }

const definition = (type: string, name: string, extra: Record<string, unknown> = {}) =>
  Object.assign(() => null, { config: { type, name, ...extra } })

function services(lang: string) {
  const registry: Record<string, ReturnType<typeof definition>> = {
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
    getAll: () => fields,
    _ids: { assigned: (id: string) => fields.some((field) => field.id === id) },
  }
  const created: Record<string, unknown>[] = []
  const fieldFactory = {
    create: (attrs: Record<string, unknown>) => {
      created.push(attrs)
      return attrs
    },
  }
  const listeners: Record<string, (event: unknown) => void> = {}
  const eventBus = { on: (name: string, _priority: number, callback: (event: unknown) => void) => (listeners[name] = callback) }
  const providers: { getGroups(field: unknown): (groups: unknown[]) => unknown[] }[] = []
  const propertiesPanel = { registerProvider: (provider: (typeof providers)[number]) => providers.push(provider) }
  const all: Record<string, unknown> = { formFields, formFieldRegistry, fieldFactory, eventBus, propertiesPanel }

  const module = batonFormEditorModule({ lang, supported: ['textfield', 'datetime', 'dynamiclist', 'text'] }) as unknown as Record<
    string,
    [string, Factory]
  > & { __init__: string[] }
  for (const name of module.__init__) {
    const factory = module[name][1]
    factory(...(factory.$inject.map((service) => all[service]) as never[]))
  }
  return { registry, fieldFactory, created, listeners, providers }
}

describe('the palette', () => {
  it('offers only supported components, named in the UI language; the others stay known', () => {
    const { registry } = services('zh-CN')
    expect(Object.keys(registry)).toEqual(['default', 'textfield', 'datetime', 'dynamiclist', 'text'])
    expect(registry.filepicker.config.name).toBe('文件上传')
    expect(registry.textfield.config.name).toBe('单行文本')
    expect(registry.textfield.config.keyed).toBe(true)
    expect(typeof registry.textfield).toBe('function')
  })

  it('keeps form-js names in English', () => {
    const { registry } = services('en-US')
    expect(registry.textfield.config.name).toBe('Text field')
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
    expect(created[0]).toEqual({ type: 'textfield', key: 'textfield2', id: 'Field_textfield2', label: '单行文本 / Text field' })
    expect(created[1]).toEqual({ type: 'datetime', key: 'datetime1', id: 'Field_datetime1', dateLabel: '日期 / Date' })
    expect(created[2]).toEqual({ type: 'dynamiclist', path: 'dynamiclist1', id: 'Field_dynamiclist1', label: '动态列表 / Dynamic list' })
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
  it('when the id was Field_<old key>', () => {
    const { listeners } = services('zh-CN')
    const edit = listeners['commandStack.formField.edit.preExecute']
    const context = { formField: { id: 'Field_textfield1', key: 'textfield1' }, properties: { key: 'reason' } as Record<string, unknown> }
    edit({ context })
    expect(context.properties).toEqual({ key: 'reason', id: 'Field_reason' })

    const custom = { formField: { id: 'Field_0x1', key: 'textfield1' }, properties: { key: 'reason' } as Record<string, unknown> }
    edit({ context: custom })
    expect(custom.properties).toEqual({ key: 'reason' })

    const taken = { formField: { id: 'Field_a', key: 'a' }, properties: { key: 'textfield1' } as Record<string, unknown> }
    edit({ context: taken })
    expect(taken.properties).toEqual({ key: 'textfield1' })

    const dotted = { formField: { id: 'Field_a', key: 'a' }, properties: { key: 'a.b' } as Record<string, unknown> }
    edit({ context: dotted })
    expect(dotted.properties).toEqual({ key: 'a.b' })
  })
})

describe('properties', () => {
  it('hides the form id and version tag, nothing else', () => {
    const { providers } = services('zh-CN')
    const groups = [{ id: 'general', entries: [{ id: 'id' }, { id: 'versionTag' }] }, { id: 'custom', entries: [{ id: 'c' }] }]
    expect(providers[0].getGroups({ type: 'default' })(groups)).toEqual([{ id: 'custom', entries: [{ id: 'c' }] }])
    expect(providers[0].getGroups({ type: 'textfield' })(groups)).toBe(groups)
  })
})

describe('helpers', () => {
  it('build labels, keys and ids', () => {
    expect(defaultLabel('number', 'Number')).toBe('数字 / Number')
    expect(defaultLabel('custom', 'Custom')).toBe('Custom')
    expect(nextKey('number', new Set(['number1', 'number2']))).toBe('number3')
    expect(fieldIdFor('total')).toBe('Field_total')
    expect(fieldIdFor('a.b')).toBeNull()
    expect(withoutHiddenEntries('group', [])).toEqual([])
  })
})
