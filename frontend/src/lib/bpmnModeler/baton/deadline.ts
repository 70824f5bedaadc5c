// A step's deadline (processes/README.md "Deadlines") as a plain object, read from and written
// to a user task's `baton.deadline.*` camunda properties. Pure: the bpmn-js side lives in
// entries/deadlineEntries.ts.

export type DueUnit = 'h' | 'd'
export type OverdueReminder = 'none' | 'once' | 'repeat'
export const ESCALATIONS = ['notify-manager', 'transfer-to-manager', 'approve', 'reject'] as const
export type Escalation = 'none' | (typeof ESCALATIONS)[number]

export interface Deadline {
  /** null: the step has no deadline */
  amount: number | null
  /** working hours or working days */
  unit: DueUnit
  /** remind this many hours before the due time; null: no such reminder */
  remindBefore: number | null
  overdue: OverdueReminder
  /** hours between reminders while overdue (with `repeat`) */
  every: number | null
  escalate: Escalation
  /** hours overdue before escalating (0: at the due time) */
  escalateAfter: number | null
}

export const DEADLINE_PROPERTIES = [
  'baton.deadline.due',
  'baton.deadline.remind-before',
  'baton.deadline.remind-overdue',
  'baton.deadline.remind-every',
  'baton.deadline.escalate',
  'baton.deadline.escalate-after',
] as const

export type DeadlineWrite = Record<(typeof DEADLINE_PROPERTIES)[number], string | null>

export const MAX_DUE = { h: 720, d: 365 } as const
export const MAX_HOURS = 720

function wholeNumber(value: string | undefined): number | null {
  const text = (value ?? '').trim()
  if (!/^\d+$/.test(text)) return null
  return Number(text)
}

export function readDeadline(properties: Record<string, string>): Deadline {
  const due = /^(\d+)\s*([hd])$/i.exec((properties['baton.deadline.due'] ?? '').trim())
  const overdue = (properties['baton.deadline.remind-overdue'] ?? '').trim().toLowerCase()
  const escalate = (properties['baton.deadline.escalate'] ?? '').trim().toLowerCase()
  return {
    amount: due ? Number(due[1]) : null,
    unit: due && due[2]!.toLowerCase() === 'h' ? 'h' : 'd',
    remindBefore: wholeNumber(properties['baton.deadline.remind-before']),
    overdue: overdue === 'once' || overdue === 'repeat' ? overdue : 'none',
    every: wholeNumber(properties['baton.deadline.remind-every']),
    escalate: (ESCALATIONS as readonly string[]).includes(escalate)
      ? (escalate as Escalation)
      : 'none',
    escalateAfter: wholeNumber(properties['baton.deadline.escalate-after']),
  }
}

/**
 * The properties for a deadline (null = remove). Without an amount the step has no deadline and
 * every setting goes; settings that do not apply (the interval without repeating, the hours
 * before escalating without an escalation) are left out, so the server never sees them alone.
 */
export function writeDeadline(deadline: Deadline): DeadlineWrite {
  const none: DeadlineWrite = Object.fromEntries(
    DEADLINE_PROPERTIES.map((name) => [name, null]),
  ) as DeadlineWrite
  if (!deadline.amount || deadline.amount < 1) return none
  const write = { ...none }
  write['baton.deadline.due'] = `${Math.floor(deadline.amount)}${deadline.unit}`
  if (deadline.remindBefore && deadline.remindBefore >= 1)
    write['baton.deadline.remind-before'] = String(Math.floor(deadline.remindBefore))
  if (deadline.overdue !== 'none') {
    write['baton.deadline.remind-overdue'] = deadline.overdue
    if (deadline.overdue === 'repeat')
      write['baton.deadline.remind-every'] = String(Math.max(1, Math.floor(deadline.every ?? 24)))
  }
  if (deadline.escalate !== 'none') {
    write['baton.deadline.escalate'] = deadline.escalate
    if (deadline.escalateAfter && deadline.escalateAfter > 0)
      write['baton.deadline.escalate-after'] = String(Math.floor(deadline.escalateAfter))
  }
  return write
}
