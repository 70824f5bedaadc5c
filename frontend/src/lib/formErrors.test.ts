import { describe, expect, it } from 'vitest'
import { containsErrors, mapFieldErrors, mergeErrors, parseFieldPath, valueAt } from './formErrors'
import type { FormSchema } from './types'

const schema: FormSchema = {
  components: [
    { id: 'Field_title', type: 'textfield', key: 'title', label: '标题 / Title' },
    { id: 'Field_neededBy', type: 'datetime', key: 'neededBy', dateLabel: '需要日期 / Needed by' },
    {
      id: 'Field_items',
      type: 'dynamiclist',
      path: 'items',
      label: '采购明细 / Items',
      isRepeating: true,
      components: [
        { id: 'Field_name', type: 'textfield', key: 'name', label: '物品名称 / Item' },
        { id: 'Field_quantity', type: 'number', key: 'quantity', label: '数量 / Quantity' },
      ],
    },
    {
      id: 'Group_1',
      type: 'group',
      components: [{ id: 'Field_notes', type: 'textarea', key: 'notes', label: 'Notes' }],
    },
    { id: 'Field_checklist', type: 'checklist', key: 'handoffChecklist', label: 'Checklist' },
  ],
}

describe('parseFieldPath', () => {
  it('reads keys and list indexes', () => {
    expect(parseFieldPath('title')).toEqual([{ key: 'title', index: undefined }])
    expect(parseFieldPath('items[2].quantity')).toEqual([
      { key: 'items', index: 2 },
      { key: 'quantity', index: undefined },
    ])
  })
})

describe('mapFieldErrors', () => {
  it('puts a top-level problem on its field id, with the field label', () => {
    const mapped = mapFieldErrors(schema, [
      { field: 'title', code: 'required', message: '请填写标题' },
    ])
    expect(mapped.formJs).toEqual({ Field_title: ['请填写标题'] })
    expect(mapped.list).toEqual([
      { field: 'title', fieldId: 'Field_title', label: '标题 / Title', message: '请填写标题' },
    ])
  })

  it('puts a problem inside a dynamic list on the field id and the item index, as form-js keeps it', () => {
    const mapped = mapFieldErrors(schema, [{ field: 'items[1].quantity', message: 'too small' }])
    expect(mapped.formJs).toEqual({ Field_quantity: { 1: ['too small'] } })
    expect(mapped.list[0]!.label).toBe('数量 / Quantity #2')
  })

  it('finds fields inside groups without a path and uses the date label of date fields', () => {
    const mapped = mapFieldErrors(schema, [
      { field: 'notes', message: 'a' },
      { field: 'neededBy', message: 'b' },
    ])
    expect(mapped.formJs).toEqual({ Field_notes: ['a'], Field_neededBy: ['b'] })
    expect(mapped.list.map((item) => item.label)).toEqual(['Notes', '需要日期 / Needed by'])
  })

  it('puts a problem with one value of a checklist on the checklist itself', () => {
    const mapped = mapFieldErrors(schema, [
      { field: 'handoffChecklist[0]', message: 'not offered' },
    ])
    expect(mapped.formJs).toEqual({ Field_checklist: ['not offered'] })
  })

  it('lists problems of fields the form does not have under their path', () => {
    const mapped = mapFieldErrors(schema, [{ field: 'initiator', message: 'reserved' }])
    expect(mapped.formJs).toEqual({})
    expect(mapped.list).toEqual([
      { field: 'initiator', fieldId: null, label: 'initiator', message: 'reserved' },
    ])
  })

  it('collects several messages for one field', () => {
    const mapped = mapFieldErrors(schema, [
      { field: 'title', message: 'one' },
      { field: 'title', message: 'two' },
    ])
    expect(mapped.formJs).toEqual({ Field_title: ['one', 'two'] })
  })
})

describe('keeping server errors', () => {
  it('reads the value at a server field path', () => {
    const data = { title: 'x', items: [{ quantity: 1 }, { quantity: 2 }] }
    expect(valueAt(data, 'title')).toBe('x')
    expect(valueAt(data, 'items[1].quantity')).toBe(2)
    expect(valueAt(data, 'items[5].quantity')).toBeUndefined()
  })

  it('tells whether errors still hold a message and merges it back', () => {
    const wanted = { Field_quantity: { 1: ['too small'] } }
    expect(containsErrors({}, wanted)).toBe(false)
    const merged = mergeErrors({ Field_title: ['required'] }, wanted)
    expect(merged).toEqual({ Field_title: ['required'], Field_quantity: { 1: ['too small'] } })
    expect(containsErrors(merged, wanted)).toBe(true)
    expect(mergeErrors({ Field_title: ['a'] }, { Field_title: ['a', 'b'] })).toEqual({
      Field_title: ['a', 'b'],
    })
  })
})
