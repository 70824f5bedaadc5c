// bpmn-js plugins that ship no type declarations: typed loosely at this one place.
declare module 'bpmn-js-properties-panel' {
  export const BpmnPropertiesPanelModule: unknown
  export const BpmnPropertiesProviderModule: unknown
  export const CamundaPlatformPropertiesProviderModule: unknown
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  export function useService(name: string, strict?: boolean): any
}
declare module '@bpmn-io/properties-panel' {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  type Component = (props: any) => any
  export const SelectEntry: Component
  export const TextFieldEntry: Component
  export const NumberFieldEntry: Component
  export const CheckboxEntry: Component
  export function isSelectEntryEdited(node: unknown): boolean
  export function isTextFieldEntryEdited(node: unknown): boolean
  export function isNumberFieldEntryEdited(node: unknown): boolean
}
declare module '@camunda/linting' {
  export interface LintReport {
    id: string
    message: string
    category: 'error' | 'warn' | 'info' | 'rule-error'
    rule: string
    [key: string]: unknown
  }
  export class Linter {
    constructor(options?: {
      modeler?: 'desktop' | 'web'
      type?: 'cloud' | 'platform'
      plugins?: unknown[]
    })
    lint(contents: unknown): Promise<LintReport[]>
  }
}
declare module '@camunda/linting/modeler' {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const module: any
  export default module
}
declare module 'bpmn-moddle' {
  /** a moddle for BPMN (tests create real elements with it) */
  export function BpmnModdle(packages?: Record<string, unknown>): {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    create(type: string, attrs?: Record<string, unknown>): any
  }
}
