// The department tree from the flat list the API gives (GET /api/directory/departments, display
// order, tree by parentId), and which departments a department may move below.
import type { Department } from './api'

export interface DepartmentNode {
  id: string
  department: Department
  children: DepartmentNode[]
}

/**
 * Nests the departments by parentId, keeping the list's order among siblings. A department whose
 * parent is unknown, or that sits in a loop, becomes a top-level node rather than disappearing.
 */
export function buildTree(departments: Department[]): DepartmentNode[] {
  const nodes = new Map<string, DepartmentNode>()
  for (const department of departments)
    nodes.set(department.id, { id: department.id, department, children: [] })
  const roots: DepartmentNode[] = []
  for (const department of departments) {
    const node = nodes.get(department.id)!
    const parent = department.parentId ? nodes.get(department.parentId) : undefined
    if (parent && !inLoop(department.id, departments)) parent.children.push(node)
    else roots.push(node)
  }
  return roots
}

function inLoop(id: string, departments: Department[]): boolean {
  const parentOf = new Map(departments.map((d) => [d.id, d.parentId]))
  const seen = new Set<string>()
  let current = parentOf.get(id) ?? null
  while (current) {
    if (current === id) return true
    if (seen.has(current)) return false
    seen.add(current)
    current = parentOf.get(current) ?? null
  }
  return false
}

/** The names from the top down to the department, e.g. "Head office / Sales". */
export function departmentPath(
  id: string | null,
  departments: Department[],
  name: (department: Department) => string,
): string {
  const byId = new Map(departments.map((d) => [d.id, d]))
  const names: string[] = []
  const seen = new Set<string>()
  let current = id ? byId.get(id) : undefined
  while (current && !seen.has(current.id)) {
    seen.add(current.id)
    names.unshift(name(current))
    current = current.parentId ? byId.get(current.parentId) : undefined
  }
  return names.join(' / ')
}

export interface TreeOption {
  value: string
  label: string
  children: TreeOption[]
}

/** The tree as the options of a department picker (el-tree-select). */
export function treeOptions(
  departments: Department[],
  name: (department: Department) => string,
): TreeOption[] {
  const option = (node: DepartmentNode): TreeOption => ({
    value: node.id,
    label: name(node.department),
    children: node.children.map(option),
  })
  return buildTree(departments).map(option)
}
