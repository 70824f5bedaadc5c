import { describe, expect, it } from 'vitest'
import type { Department } from './api'
import { buildTree, departmentPath, treeOptions } from './departmentTree'

function dept(id: string, parentId: string | null = null): Department {
  return { id, nameZh: id + '部', nameEn: id, parentId, headUserId: null, head: null }
}

const org = [
  dept('hq'),
  dept('sales', 'hq'),
  dept('finance', 'hq'),
  dept('inside-sales', 'sales'),
  dept('other'),
]

describe('buildTree', () => {
  it('nests departments by parent and keeps the order among siblings', () => {
    const tree = buildTree(org)
    expect(tree.map((n) => n.id)).toEqual(['hq', 'other'])
    expect(tree[0]!.children.map((n) => n.id)).toEqual(['sales', 'finance'])
    expect(tree[0]!.children[0]!.children.map((n) => n.id)).toEqual(['inside-sales'])
  })

  it('works when a child comes before its parent in the list', () => {
    const tree = buildTree([dept('b', 'a'), dept('a')])
    expect(tree.map((n) => n.id)).toEqual(['a'])
    expect(tree[0]!.children.map((n) => n.id)).toEqual(['b'])
  })

  it('keeps a department with an unknown parent or in a loop at the top', () => {
    const tree = buildTree([dept('orphan', 'gone'), dept('x', 'y'), dept('y', 'x')])
    expect(tree.map((n) => n.id)).toEqual(['orphan', 'x', 'y'])
  })

  it('is empty for no departments', () => {
    expect(buildTree([])).toEqual([])
  })
})

describe('departmentPath', () => {
  it('names the departments from the top down', () => {
    expect(departmentPath('inside-sales', org, (d) => d.nameEn)).toBe('hq / sales / inside-sales')
    expect(departmentPath(null, org, (d) => d.nameEn)).toBe('')
    expect(departmentPath('gone', org, (d) => d.nameEn)).toBe('')
  })
})

describe('treeOptions', () => {
  it('gives the picker the tree with names', () => {
    const options = treeOptions([dept('hq'), dept('sales', 'hq')], (d) => d.nameZh)
    expect(options).toEqual([
      {
        value: 'hq',
        label: 'hq部',
        children: [{ value: 'sales', label: 'sales部', children: [] }],
      },
    ])
  })
})
