import { describe, expect, it } from 'vitest'
import { readDeadline, writeDeadline, type Deadline } from './deadline'

const base: Deadline = {
  amount: 3,
  unit: 'd',
  remindBefore: null,
  overdue: 'none',
  every: null,
  escalate: 'none',
  escalateAfter: null,
}

describe('a step deadline', () => {
  it('reads what the properties say, ignoring case and blanks', () => {
    expect(
      readDeadline({
        'baton.deadline.due': ' 8H ',
        'baton.deadline.remind-before': '2',
        'baton.deadline.remind-overdue': 'Repeat',
        'baton.deadline.remind-every': '4',
        'baton.deadline.escalate': 'transfer-to-manager',
        'baton.deadline.escalate-after': '24',
      }),
    ).toEqual({
      amount: 8,
      unit: 'h',
      remindBefore: 2,
      overdue: 'repeat',
      every: 4,
      escalate: 'transfer-to-manager',
      escalateAfter: 24,
    })
  })

  it('reads no deadline from a step without one', () => {
    expect(readDeadline({ 'baton.approver': 'manager' })).toEqual({
      ...base,
      amount: null,
    })
  })

  it('writes back what it read', () => {
    const deadline: Deadline = {
      amount: 1,
      unit: 'd',
      remindBefore: 2,
      overdue: 'repeat',
      every: 4,
      escalate: 'approve',
      escalateAfter: 8,
    }
    const written = writeDeadline(deadline)
    const properties = Object.fromEntries(
      Object.entries(written).filter(([, value]) => value !== null),
    ) as Record<string, string>
    expect(readDeadline(properties)).toEqual(deadline)
  })

  it('removes every setting when the step has no due time', () => {
    const written = writeDeadline({ ...base, amount: null, overdue: 'once', escalate: 'reject' })
    expect(Object.values(written).every((value) => value === null)).toBe(true)
  })

  it('leaves out settings that do not apply', () => {
    const written = writeDeadline({ ...base, overdue: 'once', every: 4, escalateAfter: 5 })
    expect(written['baton.deadline.remind-overdue']).toBe('once')
    expect(written['baton.deadline.remind-every']).toBeNull()
    expect(written['baton.deadline.escalate-after']).toBeNull()
  })
})
