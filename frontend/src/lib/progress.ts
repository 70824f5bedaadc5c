// A request's steps as a list a phone can show: what was done (who decided what, when), where it
// waits now (for whom, since when) and what may still come (read from the process model), in the
// order they happen.
import { parseExpression, type ConditionRow } from './bpmnModeler/baton/condition/simpleCondition'
import type { CurrentStep, FormData, Person, RequestStatus, TimelineEntry } from './types'

/** A step of the model that has not been reached yet. */
export interface PendingStep {
  stepId: string
  name: string
  /** Whether the request reaches it only under some condition (a gateway's choice). */
  conditional: boolean
}

export type ProgressState = 'done' | 'returned' | 'rejected' | 'current' | 'pending' | 'end'

export interface ProgressDecision {
  actor: Person | null
  decision: string
  at: string
}

export interface ProgressItem {
  key: string
  stepId: string | null
  name: string
  state: ProgressState
  /** done, returned, rejected: the decisions taken at this step, oldest first */
  decisions: ProgressDecision[]
  /** current: the open tasks of this step */
  waiting: CurrentStep[]
  /** pending: reached only under some condition */
  conditional: boolean
  /** end: how the request ended, when and by whom */
  status?: RequestStatus
  at?: string | null
}

/** Timeline decisions that finish a person's part in a step; comments, CCs and the like do not. */
const STEP_DECISIONS = new Set(['start', 'approve', 'auto-approve', 'skip', 'return', 'reject'])

const SEVERITY: Record<string, ProgressState> = {
  reject: 'rejected',
  return: 'returned',
}

/** The list of a request's steps, oldest first, as the request page shows them on a phone. */
export function progressItems(
  request: {
    status: RequestStatus
    timeline: TimelineEntry[]
    currentSteps: CurrentStep[]
    endedAt: string | null
  },
  pending: PendingStep[] = [],
): ProgressItem[] {
  const items: ProgressItem[] = []
  for (const entry of request.timeline) {
    if (!STEP_DECISIONS.has(entry.decision)) continue
    const last = items[items.length - 1]
    const decision = { actor: entry.actor, decision: entry.decision, at: entry.at }
    const state = SEVERITY[entry.decision] ?? 'done'
    // several approvers of one step (all must sign, any may sign) make one item
    if (last && entry.stepId && last.stepId === entry.stepId && last.state === 'done') {
      last.decisions.push(decision)
      last.state = state
      continue
    }
    items.push({
      key: `done-${items.length}`,
      stepId: entry.stepId,
      name: entry.stepName ?? '',
      state,
      decisions: [decision],
      waiting: [],
      conditional: false,
    })
  }
  if (request.status === 'RUNNING') {
    const byStep = new Map<string, ProgressItem>()
    for (const step of request.currentSteps) {
      const known = byStep.get(step.stepId)
      if (known) {
        known.waiting.push(step)
        continue
      }
      const item: ProgressItem = {
        key: `current-${step.stepId}`,
        stepId: step.stepId,
        name: step.name,
        state: 'current',
        decisions: [],
        waiting: [step],
        conditional: false,
      }
      byStep.set(step.stepId, item)
      items.push(item)
    }
    for (const step of pending) {
      if (byStep.has(step.stepId)) continue
      items.push({
        key: `pending-${step.stepId}`,
        stepId: step.stepId,
        name: step.name,
        state: 'pending',
        decisions: [],
        waiting: [],
        conditional: step.conditional,
      })
    }
  } else {
    const ender = [...request.timeline]
      .reverse()
      .find((entry) => entry.decision === 'withdraw' || entry.decision === 'reject')
    items.push({
      key: 'end',
      stepId: null,
      name: '',
      state: 'end',
      decisions:
        request.status === 'WITHDRAWN' && ender
          ? [{ actor: ender.actor, decision: ender.decision, at: ender.at }]
          : [],
      waiting: [],
      conditional: false,
      status: request.status,
      at: request.endedAt,
    })
  }
  return items
}

/** The steps where a rejected request ended (drawn as such on its diagram). */
export function endedStepIds(request: { status: RequestStatus; timeline: TimelineEntry[] }) {
  if (request.status !== 'REJECTED') return []
  const rejection = [...request.timeline].reverse().find((entry) => entry.decision === 'reject')
  return rejection?.stepId ? [rejection.stepId] : []
}

interface ModelFlow {
  id: string
  target: string
  conditional: boolean
  /** the condition's expression, e.g. `${total > 5000}` */
  condition: string | null
}

interface ModelNode {
  id: string
  type: string
  name: string
  english: string | null
  outgoing: ModelFlow[]
  children: string[]
  /** a gateway's default flow */
  defaultFlow: string | null
}

const CHOICE_GATEWAYS = new Set([
  'exclusiveGateway',
  'inclusiveGateway',
  'eventBasedGateway',
  'complexGateway',
])

function englishOf(element: Element): string | null {
  for (const property of Array.from(element.getElementsByTagNameNS('*', 'property'))) {
    // only the element's own properties, not those of elements nested in it
    if (property.parentElement?.parentElement?.parentElement !== element) continue
    if (property.getAttribute('name') === 'baton.name.en') return property.getAttribute('value')
  }
  return null
}

/** The flow nodes of a BPMN model's executable process, by id. */
export function readModel(xml: string): Map<string, ModelNode> {
  const nodes = new Map<string, ModelNode>()
  const doc = new DOMParser().parseFromString(xml, 'application/xml')
  const processes = Array.from(doc.getElementsByTagNameNS('*', 'process'))
  const process = processes.find((p) => p.getAttribute('isExecutable') === 'true') ?? processes[0]
  if (!process) return nodes
  const flows: Element[] = []
  const visit = (parent: Element) => {
    for (const child of Array.from(parent.children)) {
      const type = child.localName
      if (type === 'sequenceFlow') {
        flows.push(child)
        continue
      }
      // event sub-processes (e.g. "rejected") are not steps a request walks through
      if (type === 'subProcess' && child.getAttribute('triggeredByEvent') === 'true') continue
      const id = child.getAttribute('id')
      if (!id || ['extensionElements', 'documentation', 'laneSet'].includes(type)) continue
      nodes.set(id, {
        id,
        type,
        name: child.getAttribute('name') ?? '',
        english: englishOf(child),
        outgoing: [],
        children: [],
        defaultFlow: child.getAttribute('default'),
      })
      if (type === 'subProcess') {
        visit(child)
        nodes.get(id)!.children = Array.from(child.children)
          .filter((inner) => inner.localName === 'startEvent')
          .map((inner) => inner.getAttribute('id') ?? '')
      }
    }
  }
  visit(process)
  for (const flow of flows) {
    const source = nodes.get(flow.getAttribute('sourceRef') ?? '')
    const target = flow.getAttribute('targetRef')
    if (!source || !target) continue
    const expression = Array.from(flow.children).find(
      (child) => child.localName === 'conditionExpression',
    )
    source.outgoing.push({
      id: flow.getAttribute('id') ?? '',
      target,
      conditional: !!expression,
      condition: expression?.textContent ?? null,
    })
  }
  return nodes
}

function isChoice(node: ModelNode) {
  if (node.outgoing.length < 2) return false
  return CHOICE_GATEWAYS.has(node.type) || node.outgoing.some((flow) => flow.conditional)
}

/**
 * Whether a token at `from` can reach the end without passing `step`: at a choice any branch
 * will do, at a fork (parallel gateway, several unconditional flows) every branch must.
 */
function canAvoid(nodes: Map<string, ModelNode>, from: string, step: string): boolean {
  const memo = new Map<string, boolean>()
  const walk = (id: string): boolean => {
    if (id === step) return false
    if (memo.has(id)) return memo.get(id)!
    const node = nodes.get(id)
    if (!node) return true
    memo.set(id, false) // a loop back does not help to avoid the step
    const next = [...node.outgoing.map((flow) => flow.target), ...node.children]
    const result = next.length === 0 ? true : isChoice(node) ? next.some(walk) : next.every(walk)
    memo.set(id, result)
    return result
  }
  const start = nodes.get(from)
  if (!start) return true
  memo.set(from, false)
  const next = start.outgoing.map((flow) => flow.target)
  return next.length === 0 ? true : isChoice(start) ? next.some(walk) : next.every(walk)
}

/** The names of a model's steps in the UI language, by id (empty for a model it cannot read). */
export function stepNames(xml: string, lang: string): Map<string, string> {
  const names = new Map<string, string>()
  try {
    for (const node of readModel(xml).values()) {
      const name = (!lang.startsWith('zh') && node.english) || node.name
      if (name) names.set(node.id, name)
    }
  } catch {
    // the names the server gave stay
  }
  return names
}

/**
 * The nodes reachable from `from`, in the order a request meets them (a topological order, a
 * loop back counting as no way forward).
 */
function flowOrder(nodes: Map<string, ModelNode>, from: string[]): string[] {
  const done = new Set<string>()
  const onPath = new Set<string>()
  const order: string[] = []
  const visit = (id: string) => {
    if (done.has(id) || onPath.has(id)) return
    onPath.add(id)
    const node = nodes.get(id)
    const next = node ? [...node.outgoing.map((flow) => flow.target), ...node.children] : []
    for (let i = next.length - 1; i >= 0; i--) visit(next[i]!)
    onPath.delete(id)
    done.add(id)
    order.push(id)
  }
  for (let i = from.length - 1; i >= 0; i--) visit(from[i]!)
  return order.reverse()
}

function valueAt(data: FormData, path: string): unknown {
  let value: unknown = data
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<string, unknown>)[part]
  }
  return value
}

/** A row of a simple condition over the request's data: true, false, or null when unknown. */
function holds(row: ConditionRow, data: FormData): boolean | null {
  const value = valueAt(data, row.field)
  const missing = value === undefined || value === null || value === ''
  if (row.operator === 'empty') return missing
  if (row.operator === 'notEmpty') return !missing
  if (missing) return null
  if (row.operator === 'checked') return value === true
  if (row.operator === 'unchecked') return value === false
  const [left, right] = row.numeric
    ? [Number(value), Number(row.value)]
    : [String(value), row.value]
  if (row.numeric && (Number.isNaN(left) || Number.isNaN(right))) return null
  switch (row.operator) {
    case '==':
      return left === right
    case '!=':
      return left !== right
    case '>':
      return left > right
    case '>=':
      return left >= right
    case '<':
      return left < right
    case '<=':
      return left <= right
  }
  return null
}

/**
 * Whether a flow's condition holds for the request's data as it stands: true, false, or null
 * when Baton cannot tell (a missing value, an advanced condition).
 */
export function conditionHolds(expression: string | null, data: FormData): boolean | null {
  const condition = parseExpression(expression)
  if (!condition) return null
  const results = condition.rows.map((row) => holds(row, data))
  if (condition.join === 'and') {
    if (results.includes(false)) return false
    return results.every((result) => result === true) ? true : null
  }
  if (results.includes(true)) return true
  return results.every((result) => result === false) ? false : null
}

function reachable(nodes: Map<string, ModelNode>, from: string): Set<string> {
  const seen = new Set<string>()
  const queue = [from]
  while (queue.length) {
    const node = nodes.get(queue.shift()!)
    for (const next of node ? [...node.outgoing.map((flow) => flow.target), ...node.children] : [])
      if (!seen.has(next)) {
        seen.add(next)
        queue.push(next)
      }
  }
  return seen
}

/**
 * The model with each choice the request's data already decides taken: flows whose condition
 * fails are dropped, and so is a gateway's default flow when another flow's condition holds. A
 * choice in a loop with a current step stays open: the data holds the previous round's answer,
 * which this round may change (a reviewer who returned the request once may accept it now).
 */
function decideChoices(nodes: Map<string, ModelNode>, data: FormData, active: string[]) {
  const fromActive = active.map((id) => ({ id, reach: reachable(nodes, id) }))
  for (const node of nodes.values()) {
    if (!isChoice(node)) continue
    const ahead = reachable(nodes, node.id)
    if (fromActive.some((a) => a.reach.has(node.id) && ahead.has(a.id))) continue
    const verdicts = node.outgoing.map((flow) =>
      flow.conditional ? conditionHolds(flow.condition, data) : null,
    )
    const exclusive = node.type === 'exclusiveGateway'
    const firstTrue = verdicts.indexOf(true)
    // an exclusive gateway takes the first flow that holds; one unknown before it keeps the choice
    const decided = exclusive && firstTrue >= 0 && !verdicts.slice(0, firstTrue).includes(null)
    const kept = node.outgoing.filter((flow, index) => {
      if (decided) return index === firstTrue
      if (verdicts[index] === false) return false
      // the default flow is taken only when no other flow's condition holds
      if (flow.id === node.defaultFlow) return !verdicts.includes(true)
      return true
    })
    if (kept.length) node.outgoing = kept
  }
}

/**
 * The user tasks still ahead of the active steps, in the order the request meets them, each
 * marked conditional unless every way from here to the end passes it. With the request's data,
 * the choices it already decides (e.g. `${total > 5000}`) are taken, so a step the data rules
 * out is left out and one it requires is certain. Names in the UI language (`baton.name.en` in
 * English).
 */
export function pendingSteps(
  xml: string,
  active: string[],
  lang: string,
  data: FormData = {},
): PendingStep[] {
  let nodes: Map<string, ModelNode>
  try {
    nodes = readModel(xml)
  } catch {
    return []
  }
  decideChoices(nodes, data, active)
  const current = new Set(active)
  return flowOrder(nodes, active)
    .map((id) => nodes.get(id))
    .filter((node): node is ModelNode => node?.type === 'userTask' && !current.has(node.id))
    .map((node) => ({
      stepId: node.id,
      name: (!lang.startsWith('zh') && node.english) || node.name || node.id,
      conditional: active.every((from) => canAvoid(nodes, from, node.id)),
    }))
}
