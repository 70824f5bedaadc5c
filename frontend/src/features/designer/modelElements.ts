// The elements of a BPMN model by id, read with the browser's XML parser (no bpmn-js), so a list
// of changes can name each element in the UI language.

const BPMN_NS = 'http://www.omg.org/spec/BPMN/20100524/MODEL'
const CAMUNDA_NS = 'http://camunda.org/schema/1.0/bpmn'

export interface ModelElement {
  id: string
  /** the BPMN element's local name: userTask, exclusiveGateway, sequenceFlow … */
  type: string
  name: string | null
  nameEn: string | null
}

/** Every BPMN element with an id (diagram interchange excluded); empty when the XML cannot be read. */
export function modelElements(xml: string | null | undefined): Map<string, ModelElement> {
  const elements = new Map<string, ModelElement>()
  if (!xml) return elements
  const doc = new DOMParser().parseFromString(xml, 'application/xml')
  if (doc.getElementsByTagName('parsererror').length) return elements
  for (const element of Array.from(doc.getElementsByTagNameNS(BPMN_NS, '*'))) {
    const id = element.getAttribute('id')
    if (!id || elements.has(id)) continue
    elements.set(id, {
      id,
      type: element.localName,
      name: element.getAttribute('name')?.trim() || null,
      nameEn: englishProperty(element),
    })
  }
  return elements
}

/** The element's own `baton.name.en` camunda property (not one of a nested element). */
function englishProperty(element: Element): string | null {
  const extensions = Array.from(element.children).find(
    (c) => c.namespaceURI === BPMN_NS && c.localName === 'extensionElements',
  )
  if (!extensions) return null
  for (const properties of Array.from(extensions.children)) {
    if (properties.namespaceURI !== CAMUNDA_NS || properties.localName !== 'properties') continue
    for (const property of Array.from(properties.children)) {
      if (property.localName === 'property' && property.getAttribute('name') === 'baton.name.en') {
        return property.getAttribute('value')?.trim() || null
      }
    }
  }
  return null
}

/** The element's name in the UI language: English from `baton.name.en` when English, else the name. */
export function elementName(element: ModelElement | undefined, lang: string): string | null {
  if (!element) return null
  if (!lang.startsWith('zh') && element.nameEn) return element.nameEn
  return element.name ?? element.nameEn
}
