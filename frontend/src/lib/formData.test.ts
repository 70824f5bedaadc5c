import { describe, expect, it } from 'vitest'
import { boundKeys, describeData, labelsOf } from './formData'
import type { FormSchema } from './types'

const start: FormSchema = {
  components: [
    { id: 'a', type: 'text', text: 'intro' },
    { id: 'b', type: 'textfield', key: 'title', label: '标题 / Title' },
    {
      id: 'c',
      type: 'select',
      key: 'leaveType',
      label: '类型 / Type',
      values: [{ label: '年假 / Annual', value: 'annual' }],
    },
    { id: 'd', type: 'checkbox', key: 'urgent', label: 'Urgent' },
    {
      id: 'e',
      type: 'dynamiclist',
      path: 'items',
      label: 'Items',
      components: [
        { id: 'f', type: 'textfield', key: 'name', label: 'Item' },
        { id: 'g', type: 'number', key: 'quantity', label: 'Qty' },
      ],
    },
    { id: 'h', type: 'expression', key: 'total' },
  ],
}

describe('describeData', () => {
  it('labels values by their form fields, options by their labels, lists as tables', () => {
    const data = {
      title: 'Laptops',
      leaveType: 'annual',
      urgent: true,
      items: [{ name: 'Laptop', quantity: 1200.5 }],
      initiator: 'zhangwei',
      total: 3,
    }
    const described = describeData(data, [start], 'en-US', ['Yes', 'No'])
    expect(described).toEqual([
      { kind: 'value', key: 'title', label: '标题 / Title', text: 'Laptops' },
      { kind: 'value', key: 'leaveType', label: '类型 / Type', text: '年假 / Annual' },
      { kind: 'value', key: 'urgent', label: 'Urgent', text: 'Yes' },
      {
        kind: 'table',
        key: 'items',
        label: 'Items',
        columns: [
          expect.objectContaining({ key: 'name', label: 'Item' }),
          expect.objectContaining({ key: 'quantity', label: 'Qty' }),
        ],
        rows: [{ name: 'Laptop', quantity: '1,200.5' }],
      },
    ])
  })

  it('leaves out keys shown elsewhere', () => {
    const described = describeData(
      { title: 'x', urgent: false },
      [start],
      'zh-CN',
      ['是', '否'],
      new Set(['title']),
    )
    expect(described).toEqual([{ kind: 'value', key: 'urgent', label: 'Urgent', text: '否' }])
    expect([...boundKeys(start)]).toEqual(['title', 'leaveType', 'urgent', 'items'])
  })

  it("shows a later step's own fields only, and computed fields labelled by another form", () => {
    const order: FormSchema = {
      components: [
        { id: 'a', type: 'textfield', key: 'title', label: '标题 / Title', readonly: true },
        { id: 'b', type: 'number', key: 'total', label: '合计 / Total', readonly: true },
        { id: 'c', type: 'textfield', key: 'supplier', label: '供应商 / Supplier' },
        {
          id: 'd',
          type: 'dynamiclist',
          path: 'items',
          label: 'Items',
          components: [{ id: 'e', type: 'textfield', key: 'name', label: 'Item', readonly: true }],
        },
      ],
    }
    const data = { title: 'Laptops', total: 185, supplier: 'Deli', items: [{ name: 'x' }] }
    expect(
      describeData(data, [order], 'en-US', ['Yes', 'No'], new Set(), { editableOnly: true }),
    ).toEqual([{ kind: 'value', key: 'supplier', label: '供应商 / Supplier', text: 'Deli' }])
    const labels = labelsOf([start, order])
    expect(labels.total).toBe('合计 / Total')
    const withTotal = describeData(data, [start], 'en-US', ['Yes', 'No'], new Set(['items']), {
      computed: true,
      labels,
    })
    expect(withTotal).toContainEqual({
      kind: 'value',
      key: 'total',
      label: '合计 / Total',
      text: '185',
    })
  })
})
