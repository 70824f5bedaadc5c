// The camunda-platform modeler (camunda-bpmn-js 5.30.2) with its properties panel, @camunda/linting
// and Baton's modules. Loaded on demand by the designer page only (its own chunk).
import 'camunda-bpmn-js/dist/assets/camunda-platform-modeler.css'
import '@camunda/linting/assets/linting.css'
import Modeler from 'camunda-bpmn-js/lib/camunda-platform/Modeler'
import lintingModule from '@camunda/linting/modeler'
import { Linter } from '@camunda/linting'
import batonModule from './baton'
import type { BatonContext } from './baton/context'
import { modelerTranslateModule } from './translate/translate'

export { Linter }
export type { BatonContext }

export function createModeler(
  canvas: HTMLElement,
  panel: HTMLElement,
  lang: string,
  context: BatonContext,
) {
  return new Modeler({
    container: canvas,
    propertiesPanel: { parent: panel },
    linting: { active: true },
    // diagram-js 15 binds the keyboard to the canvas itself; `bindTo` is refused with a console error
    keyboard: { bind: true },
    additionalModules: [
      lintingModule,
      batonModule,
      modelerTranslateModule(lang),
      { batonContext: ['value', context] },
    ],
  })
}
