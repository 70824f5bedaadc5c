// Findings and a previewed route drawn on the modeler's canvas: markers on the elements and a
// small badge with the number of findings.
/* eslint-disable @typescript-eslint/no-explicit-any */
export interface Mark {
  elementId: string | null
  severity: 'error' | 'warning'
}

const FINDING = 'baton-finding'

export function showFindings(modeler: any, findings: Mark[]) {
  const canvas = modeler.get('canvas')
  const overlays = modeler.get('overlays')
  const registry = modeler.get('elementRegistry')
  overlays.remove({ type: FINDING })
  for (const element of registry.getAll()) {
    canvas.removeMarker(element, 'baton-error')
    canvas.removeMarker(element, 'baton-warning')
  }
  const byElement = new Map<string, Mark[]>()
  for (const finding of findings) {
    if (!finding.elementId || !registry.get(finding.elementId)) continue
    byElement.set(finding.elementId, [...(byElement.get(finding.elementId) ?? []), finding])
  }
  for (const [id, marks] of byElement) {
    const severity = marks.some((mark) => mark.severity === 'error') ? 'error' : 'warning'
    canvas.addMarker(id, `baton-${severity}`)
    const badge = document.createElement('span')
    badge.className = `baton-badge baton-badge-${severity}`
    badge.textContent = String(marks.length)
    badge.dataset.testid = `finding-badge-${id}`
    overlays.add(id, FINDING, { position: { top: -8, right: 8 }, html: badge })
  }
}

export function showPath(modeler: any, path: string[]) {
  const canvas = modeler.get('canvas')
  const registry = modeler.get('elementRegistry')
  const on = new Set(path)
  for (const element of registry.getAll()) {
    if (on.has(element.id)) canvas.addMarker(element, 'baton-path')
    else canvas.removeMarker(element, 'baton-path')
  }
}

export function focusElement(modeler: any, id: string) {
  const element = modeler.get('elementRegistry').get(id)
  if (!element) return false
  modeler.get('canvas').scrollToElement(element)
  modeler.get('selection').select(element)
  return true
}
