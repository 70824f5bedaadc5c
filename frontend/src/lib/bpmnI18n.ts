// bpmn-js speaks through its `translate` service; Baton replaces it so the viewer follows the UI
// language. Step names are content: the model carries each step's English name in the camunda
// property `baton.name.en`, shown when the UI is English.

const ZH: Record<string, string> = {
  'Open {element}': '打开 {element}',
  'Powered by bpmn.io': '由 bpmn.io 提供支持',
}

export function translateBpmn(lang: string) {
  return function translate(template: string, replacements: Record<string, string> = {}): string {
    const text = lang.startsWith('zh') ? (ZH[template] ?? template) : template
    return text.replace(/{([^}]+)}/g, (_, key: string) => replacements[key] ?? `{${key}}`)
  }
}

export function bpmnTranslateModule(lang: string) {
  return { translate: ['value', translateBpmn(lang)] }
}

interface BusinessObject {
  name?: string
  extensionElements?: { values?: { $type: string; values?: { name?: string; value?: string }[] }[] }
}

/** The English name of a model element from its `baton.name.en` camunda property, if any. */
export function englishName(bo: BusinessObject | undefined): string | null {
  for (const extension of bo?.extensionElements?.values ?? []) {
    if (extension.$type !== 'camunda:Properties') continue
    const property = extension.values?.find((p) => p.name === 'baton.name.en')
    if (property?.value) return property.value
  }
  return null
}

interface Element {
  businessObject?: BusinessObject
  labelTarget?: Element
  labels?: Element[]
}

interface ViewerLike {
  get(name: 'elementRegistry'): { getAll(): Element[] }
  get(name: 'eventBus'): { fire(event: string, payload: unknown): void }
}

/** Shows English step names when the UI is English, redrawing the elements (and their labels). */
export function localizeElementNames(viewer: ViewerLike, lang: string) {
  if (lang.startsWith('zh')) return
  const registry = viewer.get('elementRegistry')
  const eventBus = viewer.get('eventBus')
  for (const element of registry.getAll()) {
    if (element.labelTarget) continue
    const english = englishName(element.businessObject)
    if (!english || !element.businessObject) continue
    element.businessObject.name = english
    eventBus.fire('element.changed', { element })
    for (const label of element.labels ?? []) eventBus.fire('element.changed', { element: label })
  }
}
