// The modeler's `translate` service (bpmn-js, diagram-js and the properties panel all call it):
// Chinese from the dictionaries, lint messages by pattern, English passed through; `{name}`
// placeholders filled in either way.
import { DIAGRAM_ZH } from './diagramZh'
import { PANEL_ZH } from './panelZh'
import { BATON_ZH } from './batonZh'
import { lintMessageZh } from './lintZh'

const ZH: Record<string, string> = { ...DIAGRAM_ZH, ...PANEL_ZH, ...BATON_ZH }

/** bpmn-js's English where it is BPMN jargon: the plain words business staff use. */
export const PLAIN_EN: Record<string, string> = {
  'User Task': 'Approval or work step',
  'User task': 'Approval or work step',
  'Exclusive Gateway': 'Decision',
  'Exclusive gateway': 'Decision',
  'Parallel Gateway': 'Parallel branches',
  'Parallel gateway': 'Parallel branches',
  'Inclusive Gateway': 'Several conditions',
  'Inclusive gateway': 'Several conditions',
  'Start Event': 'Start',
  'End Event': 'End',
  'Sequence Flow': 'Flow',
  'Change element': 'Change type',
}

export type Translate = (template: string, replacements?: Record<string, string | number>) => string

export function modelerTranslate(lang: string): Translate {
  const chinese = lang.toLowerCase().startsWith('zh')
  return (template, replacements = {}) => {
    const text = chinese
      ? (ZH[template] ?? lintMessageZh(template) ?? template)
      : (PLAIN_EN[template] ?? template)
    return text.replace(/{([^}]+)}/g, (_, key: string) =>
      key in replacements ? String(replacements[key]) : `{${key}}`,
    )
  }
}

/** The DI module replacing bpmn-js's translate service. */
export function modelerTranslateModule(lang: string) {
  return { translate: ['value', modelerTranslate(lang)] }
}
