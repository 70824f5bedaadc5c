// A select entry over one setting of the approver rule.
import { h } from '@bpmn-io/properties-panel/preact'
import { SelectEntry } from '@bpmn-io/properties-panel'
import { useService } from 'bpmn-js-properties-panel'
import type { ApproverRule } from '../approverRule'
import { changeRule, ruleOf } from '../ruleCommands'
import type { Shape } from '../moddle'

export interface Option {
  value: string
  label: string
}

type Translate = (text: string, replacements?: Record<string, string>) => string

export interface RuleSelectProps {
  element: Shape
  id: string
  label: string
  read: (rule: ApproverRule) => string
  write: (value: string) => Partial<ApproverRule>
  options: (translate: Translate) => Option[]
  description?: string
  disabled?: boolean
}

export function RuleSelect(props: RuleSelectProps) {
  const translate: Translate = useService('translate')
  const injector = useService('injector')
  return h(SelectEntry, {
    element: props.element,
    id: props.id,
    label: translate(props.label),
    description: props.description ? translate(props.description) : undefined,
    disabled: props.disabled,
    getValue: () => props.read(ruleOf(props.element)),
    setValue: (value: string) => changeRule(props.element, props.write(value), injector),
    getOptions: () => props.options(translate),
  })
}
