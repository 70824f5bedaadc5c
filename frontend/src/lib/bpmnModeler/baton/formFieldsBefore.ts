// The forms filled before a step (and the step's own): the start form and every user task's form
// on some path from a start event to it. Approver rules read people and departments from them.
import { businessObject, is, type Moddle, type Shape } from './moddle'

export function formsBefore(element: Shape): string[] {
  const ids: string[] = []
  const seen = new Set<Moddle>()
  const visit = (node: Moddle) => {
    if (!node || seen.has(node)) return
    seen.add(node)
    const formRef = node.get?.('camunda:formRef')
    if (
      formRef &&
      (is(node, 'bpmn:StartEvent') || is(node, 'bpmn:UserTask')) &&
      !ids.includes(formRef)
    )
      ids.push(formRef)
    for (const flow of node.get?.('incoming') ?? []) visit(flow.sourceRef)
  }
  const bo = businessObject(element)
  visit(bo)
  // a step before any connection still sees the start form
  for (const sibling of bo.$parent?.get?.('flowElements') ?? []) {
    if (is(sibling, 'bpmn:StartEvent') && !sibling.get('eventDefinitions')?.length) visit(sibling)
  }
  return ids
}
