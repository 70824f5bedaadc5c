import { describe, expect, it } from 'vitest'
import { formsBefore } from './formFieldsBefore'

// just enough of bpmn-moddle's elements: a type, `get` and the flows between them
function node(type: string, attrs: Record<string, unknown> = {}) {
  const values: Record<string, unknown> = { incoming: [], eventDefinitions: [], ...attrs }
  return {
    $type: type,
    $instanceOf: (other: string) => other === type,
    get: (name: string) => values[name],
    set: (name: string, value: unknown) => (values[name] = value),
  }
}
type Node = ReturnType<typeof node>
const connect = (from: Node, to: Node) =>
  (to.get('incoming') as unknown[]).push({ sourceRef: from })

describe('the forms filled before a step', () => {
  it('are the start form and the forms of user tasks on the way, then the step’s own', () => {
    const start = node('bpmn:StartEvent', { 'camunda:formRef': 'claim-start' })
    const first = node('bpmn:UserTask', { 'camunda:formRef': 'claim-manager' })
    const gateway = node('bpmn:ExclusiveGateway')
    const second = node('bpmn:UserTask', { 'camunda:formRef': 'claim-finance' })
    const elsewhere = node('bpmn:UserTask', { 'camunda:formRef': 'claim-other' })
    connect(start, first)
    connect(first, gateway)
    connect(gateway, second)
    connect(second, first) // a loop back is followed once
    const process = node('bpmn:Process', {
      flowElements: [start, first, gateway, second, elsewhere],
    })
    for (const element of [start, first, gateway, second, elsewhere])
      Object.assign(element, { $parent: process })

    expect(formsBefore({ businessObject: second })).toEqual([
      'claim-finance',
      'claim-manager',
      'claim-start',
    ])
    expect(formsBefore({ businessObject: elsewhere })).toEqual(['claim-other', 'claim-start'])
  })
})
