// A gateway flow's condition and default-flow state in the diagram, and the bpmn-js commands that
// change them (one undoable step each).
import { businessObject, execute, is, type Command, type Moddle, type Shape } from '../moddle'

/** A flow leaving an exclusive or inclusive gateway: the condition builder applies to it. */
export function isGatewayFlow(element: Shape): boolean {
  const bo = businessObject(element)
  const source = bo?.sourceRef
  return (
    is(bo, 'bpmn:SequenceFlow') &&
    (is(source, 'bpmn:ExclusiveGateway') || is(source, 'bpmn:InclusiveGateway'))
  )
}

export function conditionBody(element: Shape): string {
  return businessObject(element).get('conditionExpression')?.get('body') ?? ''
}

export function isDefaultFlow(element: Shape): boolean {
  const bo = businessObject(element)
  return !!bo.sourceRef && bo.sourceRef.get('default') === bo
}

const update = (element: Shape, properties: Record<string, unknown>): Command => ({
  cmd: 'element.updateProperties',
  context: { element, properties },
})

/** Makes the flow its gateway's default flow (without a condition), or an ordinary one again. */
export function setDefaultFlow(flow: Shape, on: boolean, commandStack: Moddle) {
  const commands: Command[] = []
  if (on) {
    commands.push(update(flow.source, { default: businessObject(flow) }))
    if (businessObject(flow).get('conditionExpression'))
      commands.push(update(flow, { conditionExpression: undefined }))
  } else if (isDefaultFlow(flow)) {
    commands.push(update(flow.source, { default: undefined }))
  }
  execute(commandStack, commands)
}

/** Writes the condition (a plain JUEL expression, no language); a default flow stops being one. */
export function setCondition(
  flow: Shape,
  expression: string,
  commandStack: Moddle,
  bpmnFactory: Moddle,
) {
  if (conditionBody(flow) === expression) return
  const commands: Command[] = []
  if (isDefaultFlow(flow)) commands.push(update(flow.source, { default: undefined }))
  const condition = bpmnFactory.create('bpmn:FormalExpression', { body: expression })
  condition.$parent = businessObject(flow)
  commands.push(update(flow, { conditionExpression: condition }))
  execute(commandStack, commands)
}
