import { describe, expect, it } from 'vitest'
import { exampleUrl, importRefusal } from './importProblems'

describe('importRefusal', () => {
  it('lists the rows in file order with the detail', () => {
    const refusal = importRefusal({
      detail: 'Nothing was imported: 2 rows have problems.',
      rows: [
        { row: 7, field: 'manager', column: '直属上级', code: 'x', message: 'No manager.' },
        { row: 3, field: 'department', column: '部门', code: 'y', message: 'No department.' },
      ],
    })
    expect(refusal.detail).toBe('Nothing was imported: 2 rows have problems.')
    expect(refusal.rows.map((r) => r.row)).toEqual([3, 7])
  })

  it('keeps a workbook’s sheets apart', () => {
    const refusal = importRefusal({
      rows: [
        { sheet: '人员', row: 2, field: 'name', code: 'a', message: 'a' },
        { sheet: '部门', row: 5, field: 'parent', code: 'b', message: 'b' },
        { sheet: '人员', row: 1, field: 'login', code: 'c', message: 'c' },
      ],
    })
    expect(refusal.rows.map((r) => `${r.sheet}${r.row}`)).toEqual(['人员1', '人员2', '部门5'])
  })

  it('is only the detail for a problem with the whole file', () => {
    expect(importRefusal({ title: 'Unsupported', detail: 'Save it as .xlsx.' })).toEqual({
      detail: 'Save it as .xlsx.',
      rows: [],
    })
  })
})

describe('exampleUrl', () => {
  it('points at the example of the kind', () => {
    expect(exampleUrl('departments')).toBe('/api/admin/directory/import/examples/departments')
  })
})
