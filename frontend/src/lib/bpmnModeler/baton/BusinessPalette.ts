// The palette and the context pad for business staff: the tools, then the business elements
// (BusinessElements) with visible labels; appending from an element adds those same elements
// (an approval step is a user task from the start, never a plain "task" to convert).
import { BUSINESS_TYPES, type BusinessType } from './BusinessElements'
import type { Shape } from './moddle'

/** What the palette shows, in order. */
export const PALETTE_TOOLS = ['hand-tool', 'lasso-tool', 'space-tool', 'global-connect-tool']
export const PALETTE_ELEMENTS = [
  'user-task',
  'exclusive-gateway',
  'parallel-gateway',
  'none-start',
  'none-end',
]

/** What the context pad appends: its entry id and the business element. */
export const APPENDS: [string, string][] = [
  ['append.append-task', 'user-task'],
  ['append.gateway', 'exclusive-gateway'],
  ['append.parallel-gateway', 'parallel-gateway'],
  ['append.end-event', 'none-end'],
]

/** Context pad entries business staff do not need (jargon, or the "everything" menu). */
const PAD_HIDDEN = [
  'append.intermediate-event',
  'append.receive-task',
  'append.message-intermediate-event',
  'append.timer-intermediate-event',
  'append.condition-intermediate-event',
  'append.signal-intermediate-event',
  'append.compensation-activity',
  'append',
]

type Listener = (event: Event, element?: Shape) => void
interface Entry {
  group?: string
  className?: string
  title?: string
  html?: string
  separator?: boolean
  action?: Record<string, Listener | null>
}
type Entries = Record<string, Entry>

interface Services {
  create: { start(event: Event, shapes: unknown, context?: unknown): void }
  elementFactory: { createShape(attrs: { type: string }): unknown }
  autoPlace: { append(source: Shape, shape: unknown): void } | null
  translate: (text: string) => string
}

function escapeHtml(text: string) {
  return text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!,
  )
}

/** The palette: tools first, then the business elements with their names beside their icons. */
export function paletteEntries(original: Entries, services: Services): Entries {
  const { create, elementFactory, translate } = services
  const entries: Entries = {}
  for (const id of PALETTE_TOOLS) if (original[id]) entries[id] = original[id]
  entries['tool-separator'] = { group: 'tools', separator: true }
  for (const name of PALETTE_ELEMENTS) {
    const business: BusinessType = BUSINESS_TYPES[name]!
    const start: Listener = (event) =>
      create.start(event, elementFactory.createShape({ type: business.type }))
    const title = translate(business.create)
    entries[`create.${name}`] = {
      group: 'business',
      title,
      html:
        `<div class="entry baton-palette-entry" draggable="true" title="${escapeHtml(title)}">` +
        `<span class="baton-palette-icon ${business.icon}" aria-hidden="true"></span>` +
        `<span class="baton-palette-label">${escapeHtml(translate(business.label))}</span></div>`,
      action: { dragstart: start, click: start },
    }
  }
  return entries
}

/** The context pad: business appends instead of bpmn-js's, nothing that needs BPMN words. */
export function contextPadEntries(original: Entries, services: Services): Entries {
  const { create, elementFactory, autoPlace, translate } = services
  const entries: Entries = {}
  for (const [id, entry] of Object.entries(original)) {
    if (PAD_HIDDEN.includes(id)) continue
    const append = APPENDS.find(([appendId]) => appendId === id)
    entries[id] = append ? appendEntry(append[1]) : entry
    // parallel branches go after the decision
    if (id === 'append.gateway' && original['append.append-task'])
      entries['append.parallel-gateway'] = appendEntry('parallel-gateway')
  }
  return entries

  function appendEntry(name: string): Entry {
    const business = BUSINESS_TYPES[name]!
    const start: Listener = (event, element) =>
      create.start(event, elementFactory.createShape({ type: business.type }), { source: element })
    const click: Listener = autoPlace
      ? (_event, element) =>
          autoPlace.append(element!, elementFactory.createShape({ type: business.type }))
      : start
    return {
      group: 'model',
      className: business.icon,
      title: translate(`Append: ${business.label}`),
      action: { dragstart: start, click },
    }
  }
}

interface Registrar {
  registerProvider(priority: number, provider: unknown): void
}

export default class BusinessPalette {
  static $inject = ['palette', 'contextPad', 'create', 'elementFactory', 'injector', 'translate']

  private readonly services: Services

  constructor(
    palette: Registrar,
    contextPad: Registrar,
    create: Services['create'],
    elementFactory: Services['elementFactory'],
    injector: { get(name: string, strict: boolean): unknown },
    translate: Services['translate'],
  ) {
    this.services = {
      create,
      elementFactory,
      autoPlace: injector.get('autoPlace', false) as Services['autoPlace'],
      translate,
    }
    // low priorities: after bpmn-js's own providers
    palette.registerProvider(100, this)
    contextPad.registerProvider(100, this)
  }

  getPaletteEntries() {
    return (entries: Entries) => paletteEntries(entries, this.services)
  }

  getContextPadEntries() {
    return (entries: Entries) => contextPadEntries(entries, this.services)
  }
}
