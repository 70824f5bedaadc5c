import { describe, expect, it } from 'vitest'
import { fieldsOf } from './formFields'
import { newForm, suggestFormId } from './forms/formTemplates'

describe('fieldsOf', () => {
  it('lists value fields in form order, with group paths and without texts or list rows', () => {
    // given a form with a text, a field, a group with a path, and a dynamic list
    const schema = {
      components: [
        { type: 'text', text: '# hello' },
        { type: 'textfield', key: 'title', label: '标题' },
        {
          type: 'group',
          path: 'buyer',
          components: [{ type: 'select', key: 'department', label: '部门' }],
        },
        { type: 'dynamiclist', path: 'items', components: [{ type: 'number', key: 'quantity' }] },
        { type: 'number', key: 'amount' },
      ],
    }
    // when its fields are read / then
    expect(fieldsOf(schema)).toEqual([
      { key: 'title', label: '标题', type: 'textfield' },
      { key: 'buyer.department', label: '部门', type: 'select' },
      { key: 'amount', label: 'amount', type: 'number' },
    ])
  })

  it('finds nothing in a missing schema', () => {
    expect(fieldsOf(undefined)).toEqual([])
  })
})

describe('new forms', () => {
  it('start empty with the form id as schema id', () => {
    const form = newForm('expense-claim-approval')
    expect(form.schema).toMatchObject({
      id: 'expense-claim-approval',
      components: [],
      schemaVersion: 19,
    })
  })

  it('get an id from the process key and step that no other form has', () => {
    expect(suggestFormId('expense-claim', 'Manager approval', [])).toBe(
      'expense-claim-manager-approval',
    )
    expect(suggestFormId('expense-claim', '经理审批', ['expense-claim-form'])).toBe(
      'expense-claim-form-2',
    )
  })
})

describe('fieldsOf options', () => {
  it('gives the fixed options of selects and radios, not those from a data source', () => {
    const fields = fieldsOf({
      components: [
        {
          type: 'select',
          key: 'decision',
          label: '结论',
          values: [
            { value: 'accept', label: '接收' },
            { value: 'return', label: '' },
            { value: '' },
          ],
        },
        { type: 'select', key: 'buyer', label: '采购员', valuesKey: 'buyers' },
        { type: 'radio', key: 'urgent', values: [{ value: true, label: '是' }] },
      ],
    })
    expect(fields).toEqual([
      {
        key: 'decision',
        label: '结论',
        type: 'select',
        values: [
          { value: 'accept', label: '接收' },
          { value: 'return', label: 'return' },
        ],
      },
      { key: 'buyer', label: '采购员', type: 'select' },
      { key: 'urgent', label: 'urgent', type: 'radio', values: [{ value: 'true', label: '是' }] },
    ])
  })
})
