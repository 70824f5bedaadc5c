// The entries of the "Approvers" group of a user task, depending on the rule's kind.
import { h } from '@bpmn-io/properties-panel/preact'
import { useService } from 'bpmn-js-properties-panel'
import { KIND_SETTINGS, KINDS, type ApproverKind } from '../approverRule'
import type { BatonContext } from '../context'
import { fieldsOf } from '@/features/designer/formFields'
import { formsBefore } from '../formFieldsBefore'
import { ruleOf } from '../ruleCommands'
import type { Shape } from '../moddle'
import { RuleSelect, type Option } from './RuleSelect'
import { UsersEntry } from './UsersEntry'

type Translate = (text: string) => string

export const KIND_LABELS: Record<ApproverKind, string> = {
  initiator: 'The initiator',
  users: 'Specific people',
  role: 'Everyone with a role',
  'department-role': 'A role in the initiator’s department',
  manager: 'The initiator’s manager',
  'department-head': 'Department head',
  'form-department-head': 'Head of the department chosen in the form',
  'manager-chain': 'Chain of managers, one after another',
  'form-user': 'Person chosen in the form',
}

const LEVELS = Array.from({ length: 10 }, (_, i) => String(i + 1))
const choice =
  (values: readonly string[], labels: Record<string, string>) =>
  (translate: Translate): Option[] =>
    values.map((value) => ({ value, label: translate(labels[value] ?? value) }))

function Kind({ element, id }: { element: Shape; id: string }) {
  return h(RuleSelect, {
    element,
    id,
    label: 'Who approves',
    read: (rule) => rule.kind ?? '',
    write: (value) => ({ kind: (value || null) as ApproverKind | null }),
    options: (translate) => [
      { value: '', label: translate('<choose>') },
      ...KINDS.map((kind) => ({ value: kind, label: translate(KIND_LABELS[kind]) })),
    ],
  })
}

function Role({
  element,
  id,
  label,
  setting,
}: {
  element: Shape
  id: string
  label: string
  setting: 'role' | 'untilRole'
}) {
  const context: BatonContext = useService('batonContext')
  return h(RuleSelect, {
    element,
    id,
    label,
    read: (rule) => rule[setting],
    write: (value) => ({ [setting]: value }),
    options: (translate) => [
      { value: '', label: translate(setting === 'role' ? '<choose>' : '<no role limit>') },
      ...context.roles().map((role) => ({ value: role.id, label: role.label })),
    ],
  })
}

const RoleEntry = (props: { element: Shape; id: string }) =>
  h(Role, { ...props, label: 'Role', setting: 'role' })
const UntilRoleEntry = (props: { element: Shape; id: string }) =>
  h(Role, { ...props, label: 'Up to the first manager with role', setting: 'untilRole' })

function Department({ element, id }: { element: Shape; id: string }) {
  const context: BatonContext = useService('batonContext')
  return h(RuleSelect, {
    element,
    id,
    label: 'Which department',
    read: (rule) => rule.department,
    write: (value) => ({ department: value }),
    options: (translate) => [
      { value: '', label: translate('The initiator’s department') },
      ...context
        .departments()
        .map((department) => ({ value: department.id, label: department.label })),
    ],
  })
}

function Level({ element, id }: { element: Shape; id: string }) {
  const chain = ruleOf(element).kind === 'manager-chain'
  return h(RuleSelect, {
    element,
    id,
    label: chain ? 'At most this many managers' : 'Levels up',
    description: chain ? undefined : '1 = the direct manager, 2 = the manager’s manager',
    read: (rule) => (rule.level == null ? (chain ? '' : '1') : String(rule.level)),
    write: (value) => ({ level: value ? Number(value) : null }),
    options: (translate) => [
      ...(chain ? [{ value: '', label: translate('<no limit>') }] : []),
      ...LEVELS.map((n) => ({ value: n, label: n })),
    ],
  })
}

function Field({ element, id }: { element: Shape; id: string }) {
  const context: BatonContext = useService('batonContext')
  return h(RuleSelect, {
    element,
    id,
    label: 'Form field',
    description: 'A field of a form filled before this step, or of this step’s form',
    read: (rule) => rule.field,
    write: (value) => ({ field: value }),
    options: (translate) => {
      const ids = formsBefore(element)
      const fields = context
        .forms()
        .filter((form) => ids.includes(form.id))
        .flatMap((form) => fieldsOf(form.schema))
      const unique = [...new Map(fields.map((field) => [field.key, field])).values()]
      const current = ruleOf(element).field
      const options = [
        { value: '', label: translate('<choose>') },
        ...unique.map((field) => ({ value: field.key, label: `${field.label} (${field.key})` })),
      ]
      if (current && !unique.some((field) => field.key === current))
        options.push({ value: current, label: current })
      return options
    },
  })
}

function Mode({ element, id }: { element: Shape; id: string }) {
  const chain = ruleOf(element).kind === 'manager-chain'
  return h(RuleSelect, {
    element,
    id,
    label: 'Several approvers',
    description: chain ? 'A chain of managers always approves one after another' : undefined,
    disabled: chain,
    read: (rule) => rule.mode,
    write: (value) => ({ mode: value as 'any' }),
    options: choice(['any', 'parallel', 'sequential'], {
      any: 'Any one of them (the first to claim)',
      parallel: 'All of them, in parallel',
      sequential: 'All of them, one after another',
    }),
  })
}

const whatThen = {
  IfNone: (props: { element: Shape; id: string }) =>
    h(RuleSelect, {
      ...props,
      label: 'If nobody is found',
      read: (rule) => rule.ifNone,
      write: (value) => ({ ifNone: value as 'admin' }),
      options: choice(['admin', 'skip', 'fail'], {
        admin: 'Give it to the administrators',
        skip: 'Skip this step',
        fail: 'Stop the request',
      }),
    }),
  IfInitiator: (props: { element: Shape; id: string }) =>
    h(RuleSelect, {
      ...props,
      label: 'If the approver is the initiator',
      read: (rule) => rule.ifInitiator,
      write: (value) => ({ ifInitiator: value as 'manager' }),
      options: choice(['manager', 'skip', 'allow'], {
        manager: 'Their manager approves instead',
        skip: 'Leave them out',
        allow: 'They approve it themselves',
      }),
    }),
  IfRepeated: (props: { element: Shape; id: string }) =>
    h(RuleSelect, {
      ...props,
      label: 'If they approved the step before',
      read: (rule) => rule.ifRepeated,
      write: (value) => ({ ifRepeated: value as 'auto-approve' }),
      options: choice(['auto-approve', 'approve-again'], {
        'auto-approve': 'Approve automatically',
        'approve-again': 'Ask them again',
      }),
    }),
}

interface Entry {
  id: string
  component: unknown
  element: Shape
  isEdited?: () => boolean
}

/** The entries for the element's current rule. */
export function approverEntries(element: Shape): Entry[] {
  const rule = ruleOf(element)
  const entries: Entry[] = [{ id: 'batonApprover', component: Kind, element }]
  if (!rule.kind) return entries
  const settings = KIND_SETTINGS[rule.kind]
  if (settings.includes('users')) entries.push({ id: 'batonUsers', component: UsersEntry, element })
  if (settings.includes('role')) entries.push({ id: 'batonRole', component: RoleEntry, element })
  if (settings.includes('department'))
    entries.push({ id: 'batonDepartment', component: Department, element })
  if (settings.includes('level')) entries.push({ id: 'batonLevel', component: Level, element })
  if (settings.includes('untilRole'))
    entries.push({ id: 'batonUntilRole', component: UntilRoleEntry, element })
  if (settings.includes('field')) entries.push({ id: 'batonField', component: Field, element })
  if (rule.kind === 'initiator') return entries
  entries.push(
    { id: 'batonMode', component: Mode, element },
    { id: 'batonIfNone', component: whatThen.IfNone, element },
    { id: 'batonIfInitiator', component: whatThen.IfInitiator, element },
    { id: 'batonIfRepeated', component: whatThen.IfRepeated, element },
  )
  return entries
}
