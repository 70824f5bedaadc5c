// The "Condition" group of a flow leaving an exclusive or inclusive gateway: the default-flow
// toggle, and the condition built from form fields (rows of field, operator, value; all or any of
// them), or an advanced condition shown read-only with a way to replace it.
import { h } from '@bpmn-io/properties-panel/preact'
import { useEffect, useState } from '@bpmn-io/properties-panel/preact/hooks'
import { CheckboxEntry } from '@bpmn-io/properties-panel'
import { useService } from 'bpmn-js-properties-panel'
import { fieldsOf, type FormField } from '@/features/designer/formFields'
import type { BatonContext } from '../context'
import { formsBefore } from '../formFieldsBefore'
import type { Shape } from '../moddle'
import {
  conditionBody,
  isDefaultFlow,
  setCondition,
  setDefaultFlow,
} from '../condition/flowCondition'
import {
  buildExpression,
  parseExpression,
  type ConditionRow,
  type SimpleCondition,
} from '../condition/simpleCondition'
import { ConditionRowEntries } from './ConditionRowEntries'

export function DefaultFlowEntry({ element, id }: { element: Shape; id: string }) {
  const translate = useService('translate')
  const commandStack = useService('commandStack')
  return h(CheckboxEntry, {
    element,
    id,
    label: translate('Default flow (when no other condition applies)'),
    description: isDefaultFlow(element) ? translate('A default flow has no condition.') : undefined,
    getValue: () => isDefaultFlow(element),
    setValue: (on: boolean) => setDefaultFlow(element, on, commandStack),
  })
}

/** The fields of the forms filled before the flow's gateway, each key once. */
function fieldsBefore(flow: Shape, context: BatonContext): FormField[] {
  const ids = formsBefore(flow.source)
  const fields = context
    .forms()
    .filter((form) => ids.includes(form.id))
    .flatMap((form) => fieldsOf(form.schema))
  return [...new Map(fields.map((field) => [field.key, field])).values()]
}

const EMPTY_ROW: ConditionRow = {
  field: '',
  operator: '' as ConditionRow['operator'],
  value: '',
  numeric: false,
}

function Advanced({ id, body, onReplace }: { id: string; body: string; onReplace: () => void }) {
  const translate = useService('translate')
  return h(
    'div',
    { class: 'bio-properties-panel-entry', 'data-entry-id': id },
    h('div', { class: 'bio-properties-panel-label' }, translate('Advanced condition')),
    h('code', { class: 'baton-advanced-condition', 'data-testid': 'advanced-condition' }, body),
    h(
      'div',
      { class: 'bio-properties-panel-description' },
      translate('This condition cannot be shown as fields. Replace it to change it here.'),
    ),
    h(
      'button',
      { type: 'button', class: 'baton-new-form', onClick: onReplace },
      translate('Replace with a simple condition'),
    ),
  )
}

export function ConditionBuilderEntry({ element, id }: { element: Shape; id: string }) {
  const translate = useService('translate')
  const commandStack = useService('commandStack')
  const bpmnFactory = useService('bpmnFactory')
  const context: BatonContext = useService('batonContext')
  const body = conditionBody(element)
  const parsed = parseExpression(body)
  // edits that do not make a complete condition yet stay here; the flow keeps its condition
  const [draft, setDraft] = useState<SimpleCondition | null>(null)
  const [replacing, setReplacing] = useState(false)
  useEffect(() => {
    setDraft(null)
    setReplacing(false)
  }, [body, element])

  if (body && !parsed && !replacing)
    return h(Advanced, { id, body, onReplace: () => setReplacing(true) })

  const condition = draft ?? parsed ?? { join: 'and', rows: [EMPTY_ROW] }
  const built = buildExpression(condition)
  const change = (next: SimpleCondition) => {
    const result = buildExpression(next)
    if ('expression' in result && result.expression !== body) {
      setCondition(element, result.expression, commandStack, bpmnFactory)
    } else {
      setDraft(next)
    }
  }
  const fields = fieldsBefore(element, context)
  const setRow = (index: number, row: ConditionRow) =>
    change({ ...condition, rows: condition.rows.map((r, i) => (i === index ? row : r)) })

  return h(
    'div',
    { 'data-entry-id': id, class: 'baton-condition' },
    condition.rows.length > 1 &&
      h(
        'div',
        { class: 'bio-properties-panel-entry' },
        h(
          'label',
          { class: 'bio-properties-panel-label', for: 'batonConditionJoin' },
          translate('Take this flow when'),
        ),
        h(
          'select',
          {
            id: 'batonConditionJoin',
            class: 'bio-properties-panel-input',
            value: condition.join,
            onChange: (event: Event) =>
              change({ ...condition, join: (event.target as HTMLSelectElement).value as 'and' }),
          },
          h('option', { value: 'and' }, translate('all of these apply (and)')),
          h('option', { value: 'or' }, translate('any of these applies (or)')),
        ),
      ),
    ...condition.rows.map((row, index) =>
      h(ConditionRowEntries, {
        element,
        index,
        row,
        fields,
        onChange: (next: ConditionRow) => setRow(index, next),
        onRemove:
          condition.rows.length > 1
            ? () => change({ ...condition, rows: condition.rows.filter((_, i) => i !== index) })
            : null,
      }),
    ),
    draft &&
      'error' in built &&
      h(
        'div',
        { class: 'bio-properties-panel-description baton-condition-pending' },
        translate('The condition is saved once every row is complete.'),
      ),
    h(
      'button',
      {
        type: 'button',
        class: 'baton-new-form',
        onClick: () => setDraft({ ...condition, rows: [...condition.rows, EMPTY_ROW] }),
      },
      translate('+ Add a condition'),
    ),
  )
}
