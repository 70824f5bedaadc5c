// The element types a business person models approval processes with, and only those, named in
// plain words (translated like every modeler text): approval or work steps, decisions, parallel
// branches, start and end. The palette lists them with visible labels; the context pad appends
// them; the change-type, create and append menus offer nothing else — no BPMN jargon, nothing
// Baton's safety policy refuses (service, send, script tasks need code), no multi-instance
// markers (the Approvers group decides how several people approve). A model that already holds
// another type (imported, or from Camunda Modeler) still opens and keeps it.

/** A business element: what it is called and what it does, in English (the translate keys). */
export interface BusinessType {
  /** the BPMN type it creates */
  type: string
  /** bpmn-js's icon class */
  icon: string
  label: string
  description: string
  /** the palette's tooltip */
  create: string
}

/** Keyed by the name bpmn-js's popup menus use after `replace-with-` / `create-` / `append-`. */
export const BUSINESS_TYPES: Record<string, BusinessType> = {
  'user-task': {
    type: 'bpmn:UserTask',
    icon: 'bpmn-icon-user-task',
    label: 'Approval or work step',
    description: 'Someone approves the request or does a piece of work, with a form if needed',
    create: 'Add an approval or work step',
  },
  'exclusive-gateway': {
    type: 'bpmn:ExclusiveGateway',
    icon: 'bpmn-icon-gateway-xor',
    label: 'Decision',
    description: 'Takes one path, chosen by conditions on the form’s fields',
    create: 'Add a decision (one path by condition)',
  },
  'parallel-gateway': {
    type: 'bpmn:ParallelGateway',
    icon: 'bpmn-icon-gateway-parallel',
    label: 'Parallel branches',
    description: 'Takes every path at once, or waits until all of them are done',
    create: 'Add parallel branches',
  },
  'inclusive-gateway': {
    type: 'bpmn:InclusiveGateway',
    icon: 'bpmn-icon-gateway-or',
    label: 'Several conditions',
    description: 'Takes every path whose condition holds',
    create: 'Add several conditions',
  },
  'none-start': {
    type: 'bpmn:StartEvent',
    icon: 'bpmn-icon-start-event-none',
    label: 'Start',
    description: 'Where a request starts, with the start form',
    create: 'Add a start',
  },
  'none-end': {
    type: 'bpmn:EndEvent',
    icon: 'bpmn-icon-end-event-none',
    label: 'End',
    description: 'Where the request ends',
    create: 'Add an end',
  },
}

/** Popup entries a flow keeps: a plain flow or the default flow of a decision. */
const FLOW_ENTRIES = new Set(['sequence-flow', 'default-flow'])

/** Names some popup menus use for the same elements. */
const ALIASES: Record<string, string> = {
  'none-start-event': 'none-start',
  'none-end-event': 'none-end',
}

const PREFIXES = ['replace-with-', 'create-', 'append-']

/** The business type (or flow entry) a popup menu entry id stands for, or null. */
export function businessName(entryId: string): string | null {
  let name = entryId
  for (const prefix of PREFIXES) if (name.startsWith(prefix)) name = name.slice(prefix.length)
  name = ALIASES[name] ?? name
  return name in BUSINESS_TYPES || FLOW_ENTRIES.has(name) ? name : null
}

interface PopupEntry {
  label?: string
  description?: string
  entries?: PopupEntries
  [other: string]: unknown
}
export type PopupEntries = Record<string, PopupEntry>

/**
 * A popup menu's entries as a business person sees them: only business types (groups keep their
 * business entries and vanish when none is left), each named and described in plain words.
 */
export function businessEntries(
  entries: PopupEntries,
  translate: (text: string) => string,
): PopupEntries {
  const kept: PopupEntries = {}
  for (const [id, entry] of Object.entries(entries)) {
    if (entry.entries) {
      const inner = businessEntries(entry.entries, translate)
      if (Object.keys(inner).length) kept[id] = { ...entry, entries: inner }
      continue
    }
    const name = businessName(id)
    if (!name) continue
    const business = BUSINESS_TYPES[name]
    kept[id] = business
      ? {
          ...entry,
          label: translate(business.label),
          description: translate(business.description),
        }
      : entry
  }
  return kept
}

interface PopupMenu {
  registerProvider(
    id: string,
    priority: number,
    provider: {
      getPopupMenuEntries(): (entries: PopupEntries) => PopupEntries
      getPopupMenuHeaderEntries?(): (entries: PopupEntries) => PopupEntries
    },
  ): void
}

export default class BusinessElements {
  static $inject = ['popupMenu', 'translate']

  private readonly translate: (text: string) => string

  constructor(popupMenu: PopupMenu, translate: (text: string) => string) {
    this.translate = translate
    // a low priority: runs after bpmn-js's and camunda-bpmn-js's own providers (descriptions at 500)
    for (const menu of ['bpmn-replace', 'bpmn-create', 'bpmn-append']) {
      popupMenu.registerProvider(menu, 100, this)
    }
  }

  getPopupMenuEntries() {
    return (entries: PopupEntries) => businessEntries(entries, this.translate)
  }

  /** No loop or multi-instance markers, no ad-hoc toggle: the Approvers group sets them. */
  getPopupMenuHeaderEntries() {
    return () => ({})
  }
}
