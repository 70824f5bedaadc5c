// Technical fields — ids, keys, version tags, typed conditions of plain flows, error and message
// references — stay out of a business person's way: the properties panel shows them only in
// "advanced" mode (the page's switch, remembered per user; BatonContext.advanced). Switching
// re-renders the panel.
import type { BatonContext } from './context'
import type { Moddle, Shape } from './moddle'

/** Entries shown only in advanced mode, wherever they appear. */
export const ADVANCED_ENTRIES = new Set(['id', 'processId', 'versionTag', 'isExecutable'])

/** Groups shown only in advanced mode. */
export const ADVANCED_GROUPS = new Set([
  'CamundaPlatform__Condition',
  'CamundaPlatform__VersionTag',
  'multiInstance',
  'error',
  'message',
  'signal',
  'escalation',
  'compensation',
  'link',
])

interface Group {
  id: string
  entries?: { id: string }[]
}

/** The groups a business person sees: without advanced groups and entries (empty groups go). */
export function basicGroups(groups: Group[]): Group[] {
  return groups
    .filter((group) => !ADVANCED_GROUPS.has(group.id))
    .map((group) =>
      group.entries
        ? { ...group, entries: group.entries.filter((entry) => !ADVANCED_ENTRIES.has(entry.id)) }
        : group,
    )
    .filter((group) => !group.entries || group.entries.length > 0)
}

export default class AdvancedFields {
  static $inject = ['propertiesPanel', 'batonContext']

  private readonly context: BatonContext

  constructor(propertiesPanel: Moddle, context: BatonContext) {
    this.context = context
    // the lowest priority: sees every other provider's groups
    propertiesPanel.registerProvider(1, this)
  }

  getGroups(_element: Shape) {
    return (groups: Group[]) => (this.context.advanced() ? groups : basicGroups(groups))
  }
}
