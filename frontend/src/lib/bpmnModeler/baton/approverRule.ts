// Baton's approver rule (processes/README.md "Approver rules") as a plain object, read from and
// written to a user task's `baton.*` camunda properties, `camunda:assignee` and its
// multi-instance marker. Pure: the bpmn-js side lives in ruleCommands.ts.

export const KINDS = [
  'initiator',
  'users',
  'role',
  'department-role',
  'manager',
  'department-head',
  'form-department-head',
  'manager-chain',
  'form-user',
] as const
export type ApproverKind = (typeof KINDS)[number]

/** any: candidates, one claims (no loop); parallel / sequential: multi-instance, everyone approves. */
export type MultiMode = 'any' | 'parallel' | 'sequential'
export type IfNone = 'admin' | 'skip' | 'fail'
export type IfInitiator = 'manager' | 'skip' | 'allow'
export type IfRepeated = 'auto-approve' | 'approve-again'

export interface ApproverRule {
  kind: ApproverKind | null
  users: string[]
  role: string
  department: string
  level: number | null
  untilRole: string
  field: string
  mode: MultiMode
  ifNone: IfNone
  ifInitiator: IfInitiator
  ifRepeated: IfRepeated
}

export const INITIATOR_ASSIGNEE = '${initiator}'
export const APPROVERS_COLLECTION = 'batonApprovers'
export const APPROVER_VARIABLE = 'batonApprover'

/** The `baton.*` properties an approver rule owns; other properties (names, return target) stay. */
export const RULE_PROPERTIES = [
  'baton.approver',
  'baton.users',
  'baton.role',
  'baton.department',
  'baton.level',
  'baton.until-role',
  'baton.field',
  'baton.if-none',
  'baton.if-initiator',
  'baton.if-repeated',
] as const

/** Which settings each kind uses (besides the what-then settings that every kind has). */
export const KIND_SETTINGS: Record<
  ApproverKind,
  readonly ('users' | 'role' | 'department' | 'level' | 'untilRole' | 'field')[]
> = {
  initiator: [],
  users: ['users'],
  role: ['role'],
  'department-role': ['role', 'department'],
  manager: ['level'],
  'department-head': ['department'],
  'form-department-head': ['field'],
  'manager-chain': ['level', 'untilRole'],
  'form-user': ['field'],
}

export function emptyRule(): ApproverRule {
  return {
    kind: null,
    users: [],
    role: '',
    department: '',
    level: null,
    untilRole: '',
    field: '',
    mode: 'any',
    ifNone: 'admin',
    ifInitiator: 'manager',
    ifRepeated: 'auto-approve',
  }
}

/** A multi-instance marker as far as the rule cares: absent, or sequential or not. */
export interface Loop {
  isSequential: boolean
}

export function modeOf(loop: Loop | null | undefined): MultiMode {
  if (!loop) return 'any'
  return loop.isSequential ? 'sequential' : 'parallel'
}

/** The loop a mode needs: null for `any`. */
export function loopOf(mode: MultiMode): Loop | null {
  return mode === 'any' ? null : { isSequential: mode === 'sequential' }
}

const lower = (value: string | undefined) => (value ?? '').trim().toLowerCase()

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T): T {
  const text = lower(value)
  return (allowed as readonly string[]).includes(text) ? (text as T) : fallback
}

/** The rule a task holds: its properties by name, its `camunda:assignee`, its multi-instance marker. */
export function readRule(
  properties: Record<string, string>,
  assignee: string | undefined,
  loop: Loop | null,
): ApproverRule {
  const rule = emptyRule()
  rule.mode = modeOf(loop)
  const kind = lower(properties['baton.approver'])
  if ((KINDS as readonly string[]).includes(kind) && kind !== 'initiator')
    rule.kind = kind as ApproverKind
  else if (!kind && (assignee ?? '').replace(/\s/g, '') === INITIATOR_ASSIGNEE)
    rule.kind = 'initiator'
  rule.users = (properties['baton.users'] ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean)
  rule.role = (properties['baton.role'] ?? '').trim()
  rule.department = (properties['baton.department'] ?? '').trim()
  const level = Number.parseInt(properties['baton.level'] ?? '', 10)
  rule.level = Number.isFinite(level) ? level : null
  rule.untilRole = (properties['baton.until-role'] ?? '').trim()
  rule.field = (properties['baton.field'] ?? '').trim()
  rule.ifNone = oneOf(properties['baton.if-none'], ['admin', 'skip', 'fail'], 'admin')
  rule.ifInitiator = oneOf(
    properties['baton.if-initiator'],
    ['manager', 'skip', 'allow'],
    'manager',
  )
  rule.ifRepeated = oneOf(
    properties['baton.if-repeated'],
    ['auto-approve', 'approve-again'],
    'auto-approve',
  )
  return rule
}

/** What a rule must look like: manager-chain is always sequential; the initiator alone needs no loop. */
export function normalizeRule(rule: ApproverRule): ApproverRule {
  const next = { ...rule, users: [...rule.users] }
  if (next.kind === 'manager-chain') next.mode = 'sequential'
  if (next.kind === 'initiator') next.mode = 'any'
  return next
}

/** Where a rule is written: the `baton.*` rule properties (null = remove), the assignee and the loop. */
export interface RuleWrite {
  properties: Record<(typeof RULE_PROPERTIES)[number], string | null>
  assignee: string | null
  loop: Loop | null
}

export function writeRule(input: ApproverRule): RuleWrite {
  const rule = normalizeRule(input)
  const properties = Object.fromEntries(
    RULE_PROPERTIES.map((name) => [name, null]),
  ) as RuleWrite['properties']
  if (!rule.kind) return { properties, assignee: null, loop: loopOf(rule.mode) }
  if (rule.kind === 'initiator') return { properties, assignee: INITIATOR_ASSIGNEE, loop: null }
  const uses = KIND_SETTINGS[rule.kind]
  properties['baton.approver'] = rule.kind
  if (uses.includes('users') && rule.users.length) properties['baton.users'] = rule.users.join(',')
  if (uses.includes('role') && rule.role) properties['baton.role'] = rule.role
  if (uses.includes('department') && rule.department)
    properties['baton.department'] = rule.department
  if (uses.includes('level') && rule.level != null) properties['baton.level'] = String(rule.level)
  if (uses.includes('untilRole') && rule.untilRole) properties['baton.until-role'] = rule.untilRole
  if (uses.includes('field') && rule.field) properties['baton.field'] = rule.field
  if (rule.ifNone !== 'admin') properties['baton.if-none'] = rule.ifNone
  if (rule.ifInitiator !== 'manager') properties['baton.if-initiator'] = rule.ifInitiator
  if (rule.ifRepeated !== 'auto-approve') properties['baton.if-repeated'] = rule.ifRepeated
  return { properties, assignee: null, loop: loopOf(rule.mode) }
}
