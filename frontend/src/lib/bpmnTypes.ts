// The little of bpmn-js's viewer API that Baton's diagram components use (bpmn-js ships no types
// for the camunda-bpmn-js distribution's viewer).

export interface Box {
  x: number
  y: number
  width: number
  height: number
}

export interface Canvas {
  zoom(level?: number | 'fit-viewport', center?: 'auto' | { x: number; y: number }): number
  viewbox(box?: Box): Box & { outer: Box }
  addMarker(id: string, marker: string): void
  removeMarker(id: string, marker: string): void
  scroll(delta: { dx: number; dy: number }): void
  resized(): void
}

export interface Viewer {
  importXML(xml: string): Promise<unknown>
  get(name: string): any // eslint-disable-line @typescript-eslint/no-explicit-any
  destroy(): void
}
