// Reads a user task's approver rule and writes a changed one through bpmn-js commands.
import {
  readRule,
  writeRule,
  APPROVERS_COLLECTION,
  APPROVER_VARIABLE,
  type ApproverRule,
} from './approverRule'
import {
  businessObject,
  camundaProperties,
  execute,
  is,
  setCamundaProperties,
  updateModdle,
  type Command,
  type Moddle,
  type Shape,
} from './moddle'

export function ruleOf(element: Shape): ApproverRule {
  const bo = businessObject(element)
  const loop = bo.get('loopCharacteristics')
  const multi =
    loop && is(loop, 'bpmn:MultiInstanceLoopCharacteristics')
      ? { isSequential: !!loop.get('isSequential') }
      : null
  return readRule(camundaProperties(element), bo.get('camunda:assignee'), multi)
}

export function ruleCommands(element: Shape, rule: ApproverRule, bpmnFactory: Moddle): Command[] {
  const bo = businessObject(element)
  const target = writeRule(rule)
  const commands = setCamundaProperties(element, target.properties, bpmnFactory)
  if ((bo.get('camunda:assignee') ?? null) !== target.assignee) {
    commands.push(updateModdle(element, bo, { 'camunda:assignee': target.assignee ?? undefined }))
  }
  const current = bo.get('loopCharacteristics')
  if (!target.loop) {
    if (current)
      commands.push({
        cmd: 'element.updateProperties',
        context: { element, properties: { loopCharacteristics: undefined } },
      })
  } else if (current && is(current, 'bpmn:MultiInstanceLoopCharacteristics')) {
    commands.push(
      updateModdle(element, current, {
        isSequential: target.loop.isSequential,
        'camunda:collection': APPROVERS_COLLECTION,
        'camunda:elementVariable': APPROVER_VARIABLE,
      }),
    )
  } else {
    const loop = bpmnFactory.create('bpmn:MultiInstanceLoopCharacteristics', {
      isSequential: target.loop.isSequential,
      'camunda:collection': APPROVERS_COLLECTION,
      'camunda:elementVariable': APPROVER_VARIABLE,
    })
    loop.$parent = bo
    commands.push({
      cmd: 'element.updateProperties',
      context: { element, properties: { loopCharacteristics: loop } },
    })
  }
  return commands
}

/** Changes part of the rule as one undoable step. */
export function changeRule(element: Shape, change: Partial<ApproverRule>, injector: Moddle) {
  const rule = { ...ruleOf(element), ...change }
  execute(injector.get('commandStack'), ruleCommands(element, rule, injector.get('bpmnFactory')))
}
