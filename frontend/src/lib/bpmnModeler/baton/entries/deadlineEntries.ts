// The entries of the "Deadline and reminders" group of a user task: due in working hours or
// working days, reminders before and after the due time, and what happens when it stays overdue.
import { h } from '@bpmn-io/properties-panel/preact'
import { NumberFieldEntry, SelectEntry } from '@bpmn-io/properties-panel'
import { useService } from 'bpmn-js-properties-panel'
import {
  ESCALATIONS,
  MAX_DUE,
  MAX_HOURS,
  readDeadline,
  writeDeadline,
  type Deadline,
} from '../deadline'
import {
  businessObject,
  camundaProperties,
  execute,
  setCamundaProperties,
  updateModdle,
  type Moddle,
  type Shape,
} from '../moddle'

type Translate = (text: string) => string

export const ESCALATION_LABELS: Record<string, string> = {
  none: 'Nothing more',
  'notify-manager': 'Tell the approver’s manager',
  'transfer-to-manager': 'Hand the task to the approver’s manager',
  approve: 'Approve automatically',
  reject: 'Reject automatically',
}

const deadlineOf = (element: Shape) => readDeadline(camundaProperties(element))

function change(element: Shape, next: Partial<Deadline>, injector: Moddle) {
  const deadline = { ...deadlineOf(element), ...next }
  const commands = setCamundaProperties(
    element,
    writeDeadline(deadline),
    injector.get('bpmnFactory'),
  )
  const bo = businessObject(element)
  // a deadline in working time replaces a due date in calendar days
  if (deadline.amount && bo.get('camunda:dueDate'))
    commands.push(updateModdle(element, bo, { 'camunda:dueDate': undefined }))
  execute(injector.get('commandStack'), commands)
}

const noDebounce = <T>(apply: T) => apply

function Hours(props: {
  element: Shape
  id: string
  label: string
  description?: string
  min: number
  max: number
  read: (deadline: Deadline) => number | null
  write: (value: number | null) => Partial<Deadline>
}) {
  const translate: Translate = useService('translate')
  const injector = useService('injector')
  return h(NumberFieldEntry, {
    element: props.element,
    id: props.id,
    label: translate(props.label),
    description: props.description ? translate(props.description) : undefined,
    min: props.min,
    max: props.max,
    // applied at once: a pending change would be lost when the group's entries change
    debounce: noDebounce,
    getValue: () => {
      const value = props.read(deadlineOf(props.element))
      return value == null ? '' : String(value)
    },
    setValue: (value: string) => {
      const number = Number.parseInt(value, 10)
      change(props.element, props.write(Number.isFinite(number) ? number : null), injector)
    },
  })
}

function Select(props: {
  element: Shape
  id: string
  label: string
  read: (deadline: Deadline) => string
  write: (value: string) => Partial<Deadline>
  options: [string, string][]
}) {
  const translate: Translate = useService('translate')
  const injector = useService('injector')
  return h(SelectEntry, {
    element: props.element,
    id: props.id,
    label: translate(props.label),
    getValue: () => props.read(deadlineOf(props.element)),
    setValue: (value: string) => change(props.element, props.write(value), injector),
    getOptions: () => props.options.map(([value, label]) => ({ value, label: translate(label) })),
  })
}

const DueAmount = ({ element, id }: { element: Shape; id: string }) =>
  h(Hours, {
    element,
    id,
    label: 'Due within',
    description: 'Empty: no deadline. Counts only working time, by the company’s calendar.',
    min: 1,
    max: MAX_DUE.d,
    read: (deadline) => deadline.amount,
    write: (amount) => ({
      amount: amount == null ? null : Math.min(amount, MAX_DUE[deadlineOf(element).unit]),
    }),
  })

const DueUnit = ({ element, id }: { element: Shape; id: string }) =>
  h(Select, {
    element,
    id,
    label: 'Counted in',
    read: (deadline) => deadline.unit,
    write: (unit) => ({ unit: unit === 'h' ? 'h' : 'd' }),
    options: [
      ['d', 'working days'],
      ['h', 'working hours'],
    ],
  })

const RemindBefore = ({ element, id }: { element: Shape; id: string }) =>
  h(Hours, {
    element,
    id,
    label: 'Remind the approver (hours before due)',
    description: 'Empty: no reminder before the due time.',
    min: 1,
    max: MAX_HOURS,
    read: (deadline) => deadline.remindBefore,
    write: (remindBefore) => ({ remindBefore }),
  })

const Overdue = ({ element, id }: { element: Shape; id: string }) =>
  h(Select, {
    element,
    id,
    label: 'When overdue',
    read: (deadline) => deadline.overdue,
    write: (value) => ({ overdue: value === 'once' || value === 'repeat' ? value : 'none' }),
    options: [
      ['none', 'No reminder'],
      ['once', 'Remind the approver once'],
      ['repeat', 'Remind the approver repeatedly'],
    ],
  })

const RemindEvery = ({ element, id }: { element: Shape; id: string }) =>
  h(Hours, {
    element,
    id,
    label: 'Remind again every (hours)',
    min: 1,
    max: MAX_HOURS,
    read: (deadline) => deadline.every ?? 24,
    write: (every) => ({ every: every ?? 24 }),
  })

const Escalate = ({ element, id }: { element: Shape; id: string }) =>
  h(Select, {
    element,
    id,
    label: 'Escalation when it stays overdue',
    read: (deadline) => deadline.escalate,
    write: (value) => ({
      escalate: (ESCALATIONS as readonly string[]).includes(value)
        ? (value as Deadline['escalate'])
        : 'none',
    }),
    options: ['none', ...ESCALATIONS].map((value): [string, string] => [
      value,
      ESCALATION_LABELS[value]!,
    ]),
  })

const EscalateAfter = ({ element, id }: { element: Shape; id: string }) =>
  h(Hours, {
    element,
    id,
    label: 'Escalate after (hours overdue)',
    description: '0: as soon as it is due.',
    min: 0,
    max: MAX_HOURS,
    read: (deadline) => deadline.escalateAfter ?? 0,
    write: (escalateAfter) => ({ escalateAfter }),
  })

/** The group's entries: the settings after the due time only once there is a due time. */
export function deadlineEntries(element: Shape) {
  const deadline = deadlineOf(element)
  const entries: { id: string; component: unknown; element: Shape }[] = [
    { id: 'batonDueAmount', component: DueAmount, element },
    { id: 'batonDueUnit', component: DueUnit, element },
  ]
  if (!deadline.amount) return entries
  entries.push(
    { id: 'batonRemindBefore', component: RemindBefore, element },
    { id: 'batonRemindOverdue', component: Overdue, element },
  )
  if (deadline.overdue === 'repeat')
    entries.push({ id: 'batonRemindEvery', component: RemindEvery, element })
  entries.push({ id: 'batonEscalate', component: Escalate, element })
  if (deadline.escalate !== 'none')
    entries.push({ id: 'batonEscalateAfter', component: EscalateAfter, element })
  return entries
}
