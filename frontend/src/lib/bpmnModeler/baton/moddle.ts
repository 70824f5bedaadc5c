// Reading camunda extension properties and building the bpmn-js commands that change them, so
// every change goes through the command stack (undo/redo).
/* eslint-disable @typescript-eslint/no-explicit-any */
export type Moddle = any
export type Shape = any

export interface Command {
  cmd: string
  context: Record<string, unknown>
}

export const is = (element: Moddle, type: string): boolean => !!element?.$instanceOf?.(type)

export function businessObject(element: Shape): Moddle {
  return element?.businessObject ?? element
}

function propertiesElement(bo: Moddle): Moddle | undefined {
  return bo
    .get('extensionElements')
    ?.get('values')
    ?.find((value: Moddle) => is(value, 'camunda:Properties'))
}

/** The element's camunda properties by name (the first wins for a name given twice). */
export function camundaProperties(element: Shape): Record<string, string> {
  const result: Record<string, string> = {}
  for (const property of propertiesElement(businessObject(element))?.get('values') ?? []) {
    if (property.name && !(property.name in result)) result[property.name] = property.value ?? ''
  }
  return result
}

export function updateModdle(
  element: Shape,
  moddleElement: Moddle,
  properties: Record<string, unknown>,
): Command {
  return { cmd: 'element.updateModdleProperties', context: { element, moddleElement, properties } }
}

/** Commands that set (string) or remove (null / '') named camunda properties, keeping all others. */
export function setCamundaProperties(
  element: Shape,
  changes: Record<string, string | null>,
  bpmnFactory: Moddle,
): Command[] {
  const commands: Command[] = []
  const bo = businessObject(element)
  let extensions = bo.get('extensionElements')
  if (!extensions) {
    extensions = bpmnFactory.create('bpmn:ExtensionElements', { values: [] })
    extensions.$parent = bo
    commands.push(updateModdle(element, bo, { extensionElements: extensions }))
  }
  let properties = propertiesElement(bo)
  if (!properties) {
    properties = bpmnFactory.create('camunda:Properties', { values: [] })
    properties.$parent = extensions
    commands.push(
      updateModdle(element, extensions, { values: [...extensions.get('values'), properties] }),
    )
  }
  const values: Moddle[] = []
  const written = new Set<string>()
  for (const property of properties.get('values')) {
    if (!(property.name in changes)) {
      values.push(property)
      continue
    }
    const value = changes[property.name]
    if (value && !written.has(property.name)) {
      values.push(property.value === value ? property : create(property.name, value))
      written.add(property.name)
    }
  }
  for (const [name, value] of Object.entries(changes)) {
    if (value && !written.has(name)) values.push(create(name, value))
  }
  commands.push(updateModdle(element, properties, { values }))
  return commands

  function create(name: string, value: string) {
    const property = bpmnFactory.create('camunda:Property', { name, value })
    property.$parent = properties
    return property
  }
}

/** Runs commands as one undoable step. */
export function execute(commandStack: Moddle, commands: Command[]) {
  if (commands.length) commandStack.execute('properties-panel.multi-command-executor', commands)
}
