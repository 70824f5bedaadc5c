// One row of a gateway flow's condition: the form field (label and key), the operators its type
// allows, and the value: typed (numbers checked as they are typed) or picked from the field's options.
import { h } from '@bpmn-io/properties-panel/preact'
import { SelectEntry, TextFieldEntry } from '@bpmn-io/properties-panel'
import { useService } from 'bpmn-js-properties-panel'
import type { FormField } from '@/features/designer/formFields'
import type { Shape } from '../moddle'
import {
  isNumber,
  needsValue,
  operatorsFor,
  type ConditionRow,
  type Operator,
} from '../condition/simpleCondition'

type Translate = (text: string) => string

const OPERATOR_LABELS: Record<Operator, string> = {
  '==': 'equals',
  '!=': 'does not equal',
  '>': '>',
  '>=': '≥',
  '<': '<',
  '<=': '≤',
  checked: 'is checked',
  unchecked: 'is not checked',
  empty: 'is empty',
  notEmpty: 'is not empty',
}
const NUMBER_LABELS: Partial<Record<Operator, string>> = { '==': '=', '!=': '≠' }

/** The field's type, or for a field no form has any more, the type its condition implies. */
function typeOf(row: ConditionRow, field: FormField | undefined): string {
  if (field) return field.type
  if (row.numeric) return 'number'
  if (row.operator === 'checked' || row.operator === 'unchecked') return 'checkbox'
  return 'textfield'
}

interface Props {
  element: Shape
  index: number
  row: ConditionRow
  fields: FormField[]
  onChange: (row: ConditionRow) => void
  onRemove: (() => void) | null
}

export function ConditionRowEntries({ element, index, row, fields, onChange, onRemove }: Props) {
  const translate: Translate = useService('translate')
  const debounce = useService('debounceInput')
  const suffix = index ? `-${index}` : ''
  const field = fields.find((candidate) => candidate.key === row.field)
  const type = typeOf(row, field)
  const operators = operatorsFor(type)

  const fieldEntry = h(SelectEntry, {
    element,
    id: `batonConditionField${suffix}`,
    label: translate('Form field'),
    getValue: () => row.field,
    setValue: (key: string) => {
      const next = fields.find((candidate) => candidate.key === key)
      const nextOperators = operatorsFor(next?.type ?? '')
      const numeric = next?.type === 'number'
      const operator = nextOperators.includes(row.operator)
        ? row.operator
        : nextOperators.length === 2 && next?.type === 'checkbox'
          ? 'checked'
          : ('' as Operator)
      onChange({ field: key, operator, value: numeric === row.numeric ? row.value : '', numeric })
    },
    getOptions: () => {
      const options = [
        { value: '', label: translate('<choose>') },
        ...fields.map((f) => ({ value: f.key, label: `${f.label} (${f.key})` })),
      ]
      if (row.field && !field) options.push({ value: row.field, label: row.field })
      return options
    },
  })

  const operatorEntry = h(SelectEntry, {
    element,
    id: `batonConditionOperator${suffix}`,
    label: translate('Operator'),
    getValue: () => row.operator,
    setValue: (operator: Operator) =>
      onChange({ ...row, operator, value: needsValue(operator) ? row.value : '' }),
    getOptions: () => [
      ...(operators.includes(row.operator) ? [] : [{ value: '', label: translate('<choose>') }]),
      ...operators.map((op) => ({
        value: op,
        label: translate((type === 'number' && NUMBER_LABELS[op]) || OPERATOR_LABELS[op]),
      })),
    ],
  })

  let valueEntry = null
  if (needsValue(row.operator)) {
    const values = field?.values
    valueEntry = values
      ? h(SelectEntry, {
          element,
          id: `batonConditionValue${suffix}`,
          label: translate('Value'),
          getValue: () => row.value,
          setValue: (value: string) => onChange({ ...row, value }),
          getOptions: () => [
            ...(row.value ? [] : [{ value: '', label: translate('<choose>') }]),
            ...values.map((option) => ({
              value: option.value,
              label: `${option.label} (${option.value})`,
            })),
            ...(row.value && !values.some((option) => option.value === row.value)
              ? [{ value: row.value, label: row.value }]
              : []),
          ],
        })
      : h(TextFieldEntry, {
          element,
          id: `batonConditionValue${suffix}`,
          label: translate('Value'),
          debounce,
          validate: (value: string) =>
            type === 'number' && value && !isNumber(value)
              ? translate('Enter a number, such as 5000 or 2.5.')
              : null,
          getValue: () => row.value,
          setValue: (value: string) => onChange({ ...row, value: value ?? '' }),
        })
  }

  return h(
    'div',
    { class: 'baton-condition-row', 'data-testid': 'condition-row' },
    fieldEntry,
    operatorEntry,
    valueEntry,
    onRemove &&
      h(
        'button',
        { type: 'button', class: 'baton-chip-remove', onClick: onRemove },
        translate('Remove this condition'),
      ),
  )
}
