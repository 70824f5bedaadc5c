import { describe, expect, it } from 'vitest'
import {
  emptyRule,
  loopOf,
  modeOf,
  normalizeRule,
  readRule,
  writeRule,
  type ApproverRule,
} from './approverRule'

const rule = (changes: Partial<ApproverRule>): ApproverRule => ({ ...emptyRule(), ...changes })

describe('approver rule ↔ properties', () => {
  it('reads a role rule with its what-then settings', () => {
    const read = readRule(
      {
        'baton.approver': ' Role ',
        'baton.role': 'finance-manager',
        'baton.if-none': 'FAIL',
        'baton.name.en': 'x',
      },
      undefined,
      null,
    )
    expect(read).toEqual(rule({ kind: 'role', role: 'finance-manager', ifNone: 'fail' }))
  })

  it('reads users, levels, fields and the loop', () => {
    expect(
      readRule({ 'baton.approver': 'users', 'baton.users': 'lina, wangfang,' }, undefined, {
        isSequential: true,
      }),
    ).toEqual(rule({ kind: 'users', users: ['lina', 'wangfang'], mode: 'sequential' }))
    expect(
      readRule(
        {
          'baton.approver': 'manager-chain',
          'baton.level': '2',
          'baton.until-role': 'general-manager',
        },
        undefined,
        { isSequential: true },
      ),
    ).toEqual(
      rule({ kind: 'manager-chain', level: 2, untilRole: 'general-manager', mode: 'sequential' }),
    )
    expect(
      readRule({ 'baton.approver': 'form-user', 'baton.field': 'reviewer' }, undefined, {
        isSequential: false,
      }).mode,
    ).toBe('parallel')
  })

  it('reads the initiator from the assignee, and nothing from an unknown kind', () => {
    expect(readRule({}, '${ initiator }', null).kind).toBe('initiator')
    expect(readRule({}, 'lina', null).kind).toBeNull()
    expect(readRule({ 'baton.approver': 'robot' }, undefined, null).kind).toBeNull()
    expect(readRule({ 'baton.if-none': 'nonsense' }, undefined, null).ifNone).toBe('admin')
  })

  it('writes only the properties the kind uses and non-default what-then settings', () => {
    const written = writeRule(
      rule({
        kind: 'department-role',
        role: 'accountant',
        department: 'finance',
        level: 3,
        field: 'x',
        ifRepeated: 'approve-again',
      }),
    )
    expect(written.assignee).toBeNull()
    expect(written.loop).toBeNull()
    expect(
      Object.fromEntries(Object.entries(written.properties).filter(([, v]) => v !== null)),
    ).toEqual({
      'baton.approver': 'department-role',
      'baton.role': 'accountant',
      'baton.department': 'finance',
      'baton.if-repeated': 'approve-again',
    })
    expect(written.properties['baton.level']).toBeNull()
  })

  it('writes the initiator as the assignee, without rule properties or loop', () => {
    const written = writeRule(rule({ kind: 'initiator', mode: 'parallel', role: 'x' }))
    expect(written.assignee).toBe('${initiator}')
    expect(written.loop).toBeNull()
    expect(Object.values(written.properties).every((v) => v === null)).toBe(true)
  })

  it('keeps a manager chain sequential', () => {
    expect(normalizeRule(rule({ kind: 'manager-chain', mode: 'any' })).mode).toBe('sequential')
    expect(writeRule(rule({ kind: 'manager-chain', level: 3, mode: 'parallel' })).loop).toEqual({
      isSequential: true,
    })
  })

  it('round-trips every kind', () => {
    const rules = [
      rule({ kind: 'users', users: ['lina', 'wangfang'], mode: 'sequential' }),
      rule({ kind: 'role', role: 'finance-manager', mode: 'parallel', ifInitiator: 'allow' }),
      rule({ kind: 'manager', level: 2, ifNone: 'skip' }),
      rule({ kind: 'department-head', department: 'sales' }),
      rule({ kind: 'form-department-head', field: 'department' }),
      rule({ kind: 'manager-chain', untilRole: 'general-manager', mode: 'sequential' }),
      rule({ kind: 'form-user', field: 'reviewer', ifInitiator: 'skip' }),
      rule({ kind: 'initiator' }),
    ]
    for (const original of rules) {
      const written = writeRule(original)
      const properties = Object.fromEntries(
        Object.entries(written.properties).filter(([, v]) => v !== null),
      ) as Record<string, string>
      expect(readRule(properties, written.assignee ?? undefined, written.loop)).toEqual(original)
    }
  })
})

describe('multi-approver mode ↔ multi-instance', () => {
  it('maps both ways', () => {
    expect(modeOf(null)).toBe('any')
    expect(modeOf({ isSequential: false })).toBe('parallel')
    expect(modeOf({ isSequential: true })).toBe('sequential')
    expect(loopOf('any')).toBeNull()
    expect(loopOf('parallel')).toEqual({ isSequential: false })
    expect(loopOf('sequential')).toEqual({ isSequential: true })
  })
})
