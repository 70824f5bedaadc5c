// The "change type" menu (and the create/append menus, where present) offers only element types
// Baton's safety policy accepts: a service, send or script task needs code, which a business
// designer cannot give and a check would refuse. Models that already contain one still open.

const REFUSED = /(^|-)(service|send|script)-task$/

interface PopupEntries {
  [id: string]: unknown
}
interface PopupMenu {
  registerProvider(
    id: string,
    priority: number,
    provider: { getPopupMenuEntries(): (entries: PopupEntries) => PopupEntries },
  ): void
}

/** The entries without the ones for refused element types. */
export function withoutRefusedTypes(entries: PopupEntries): PopupEntries {
  return Object.fromEntries(Object.entries(entries).filter(([id]) => !REFUSED.test(id)))
}

export default class SafeElementTypes {
  static $inject = ['popupMenu']

  constructor(popupMenu: PopupMenu) {
    // a low priority: runs after bpmn-js's own providers have added their entries
    for (const menu of ['bpmn-replace', 'bpmn-create', 'bpmn-append']) {
      popupMenu.registerProvider(menu, 100, this)
    }
  }

  getPopupMenuEntries() {
    return withoutRefusedTypes
  }
}
