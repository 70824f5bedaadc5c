import { describe, expect, it } from 'vitest'
import { BpmnModdle } from 'bpmn-moddle'
import {
  conditionBody,
  isDefaultFlow,
  isGatewayFlow,
  setCondition,
  setDefaultFlow,
} from './flowCondition'

// real bpmn-moddle elements; a command stack that records the multi-command and applies
// element.updateProperties the way bpmn-js does
function diagram(sourceType = 'bpmn:ExclusiveGateway') {
  const moddle = BpmnModdle()
  const gatewayBo = moddle.create(sourceType, { id: 'Gateway_1' })
  const yesBo = moddle.create('bpmn:SequenceFlow', { id: 'Flow_Yes', sourceRef: gatewayBo })
  const noBo = moddle.create('bpmn:SequenceFlow', { id: 'Flow_No', sourceRef: gatewayBo })
  gatewayBo.set('default', noBo)
  const gateway = { businessObject: gatewayBo }
  const yes = { businessObject: yesBo, source: gateway }
  const no = { businessObject: noBo, source: gateway }
  const executed: {
    cmd: string
    context: { element: { businessObject: { id: string } }; properties: Record<string, unknown> }
  }[][] = []
  const commandStack = {
    execute: (name: string, commands: (typeof executed)[number]) => {
      expect(name).toBe('properties-panel.multi-command-executor')
      executed.push(commands)
      for (const { context } of commands) {
        for (const [key, value] of Object.entries(context.properties))
          (context.element.businessObject as never as { set: (k: string, v: unknown) => void }).set(
            key,
            value,
          )
      }
    },
  }
  const bpmnFactory = {
    create: (type: string, attrs: Record<string, unknown>) => moddle.create(type, attrs),
  }
  return { moddle, yes, no, gateway, commandStack, bpmnFactory, executed }
}

describe('a gateway flow’s condition', () => {
  it('applies to flows leaving exclusive and inclusive gateways only', () => {
    expect(isGatewayFlow(diagram().yes)).toBe(true)
    expect(isGatewayFlow(diagram('bpmn:InclusiveGateway').yes)).toBe(true)
    expect(isGatewayFlow(diagram('bpmn:ParallelGateway').yes)).toBe(false)
    expect(isGatewayFlow(diagram('bpmn:UserTask').yes)).toBe(false)
  })

  it('is written as a formal expression without a language, in one command', () => {
    const { yes, commandStack, bpmnFactory, executed } = diagram()
    setCondition(yes, '${days > 5}', commandStack, bpmnFactory)
    expect(conditionBody(yes)).toBe('${days > 5}')
    const condition = yes.businessObject.get('conditionExpression')
    expect(condition.$type).toBe('bpmn:FormalExpression')
    expect(condition.get('language')).toBeUndefined()
    expect(executed).toHaveLength(1)
    setCondition(yes, '${days > 5}', commandStack, bpmnFactory)
    expect(executed).toHaveLength(1)
  })

  it('moves the default to the flow and drops its condition; a condition on the default flow ends it', () => {
    const { yes, no, gateway, commandStack, bpmnFactory, executed } = diagram()
    setCondition(yes, '${days > 3}', commandStack, bpmnFactory)
    expect(isDefaultFlow(no)).toBe(true)
    setDefaultFlow(yes, true, commandStack)
    expect(gateway.businessObject.get('default')).toBe(yes.businessObject)
    expect(conditionBody(yes)).toBe('')
    expect(executed[executed.length - 1]).toHaveLength(2)
    setCondition(yes, '${days > 3}', commandStack, bpmnFactory)
    expect(isDefaultFlow(yes)).toBe(false)
    setDefaultFlow(no, true, commandStack)
    setDefaultFlow(no, false, commandStack)
    expect(gateway.businessObject.get('default')).toBeUndefined()
  })
})
