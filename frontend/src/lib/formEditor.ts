// The form-js editor (1.23), loaded on demand: only the designer's Forms tab pays for it.
import '@bpmn-io/form-js/dist/assets/form-js.css'
import '@bpmn-io/form-js/dist/assets/form-js-editor.css'
import { FormEditor } from '@bpmn-io/form-js'
import { batonFormEditorModule, type BatonEditorOptions } from './formEditorModule'
import { installFormEditorTranslation } from './formEditorI18n'

export interface FormEditorInstance {
  importSchema(schema: unknown): Promise<{ warnings: unknown[] }>
  getSchema(): Record<string, unknown>
  on(event: string, callback: (event: unknown) => void): void
  on(event: string, priority: number, callback: (event: unknown) => void): void
  get<T = unknown>(service: string): T
  destroy(): void
}

/** Commits the properties panel's typing that still waits for its pause. */
export function flushTyping(editor: FormEditorInstance) {
  editor.get<{ flushAll?: () => void }>('debounce').flushAll?.()
}

export interface FormEditorParts {
  /** The form as drawn, where fields are dropped. */
  canvas: HTMLElement
  palette: HTMLElement
  properties: HTMLElement
}

/** A form editor in Baton's flavour (see formEditorModule), translated while `lang` is Chinese. */
export function createFormEditor(parts: FormEditorParts, options: BatonEditorOptions) {
  const editor = new FormEditor({
    container: parts.canvas,
    palette: { parent: parts.palette },
    propertiesPanel: { parent: parts.properties },
    exporter: { name: 'Baton', version: '1.0' },
    additionalModules: [batonFormEditorModule(options)],
  }) as unknown as FormEditorInstance
  const stops = [parts.canvas, parts.palette, parts.properties].map((part) =>
    installFormEditorTranslation(part, options.lang),
  )
  return { editor, stopTranslation: () => stops.forEach((stop) => stop()) }
}
