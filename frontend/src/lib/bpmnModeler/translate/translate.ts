// The modeler's `translate` service (bpmn-js, diagram-js and the properties panel all call it):
// Chinese from the dictionaries, lint messages by pattern, English passed through; `{name}`
// placeholders filled in either way.
import { DIAGRAM_ZH } from './diagramZh'
import { PANEL_ZH } from './panelZh'
import { BATON_ZH } from './batonZh'
import { lintMessageZh } from './lintZh'

const ZH: Record<string, string> = { ...DIAGRAM_ZH, ...PANEL_ZH, ...BATON_ZH }

export type Translate = (template: string, replacements?: Record<string, string | number>) => string

export function modelerTranslate(lang: string): Translate {
  const chinese = lang.toLowerCase().startsWith('zh')
  return (template, replacements = {}) => {
    const text = chinese ? (ZH[template] ?? lintMessageZh(template) ?? template) : template
    return text.replace(/{([^}]+)}/g, (_, key: string) =>
      key in replacements ? String(replacements[key]) : `{${key}}`,
    )
  }
}

/** The DI module replacing bpmn-js's translate service. */
export function modelerTranslateModule(lang: string) {
  return { translate: ['value', modelerTranslate(lang)] }
}
