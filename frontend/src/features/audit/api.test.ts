import { describe, expect, it } from 'vitest'
import { auditQuery, startOfDay } from './api'

describe('auditQuery', () => {
  it('leaves out empty parts and repeats each decision', () => {
    const params = auditQuery({
      person: 'lina',
      request: '  LV-2026 ',
      process: '',
      decisions: ['approve', 'reject'],
    })
    expect(params.get('person')).toBe('lina')
    expect(params.get('request')).toBe('LV-2026')
    expect(params.has('process')).toBe(false)
    expect(params.getAll('decision')).toEqual(['approve', 'reject'])
    expect(params.has('from')).toBe(false)
  })

  it('turns a period of days into instants from the first day to the day after the last', () => {
    const params = auditQuery({ decisions: [], period: ['2026-03-01', '2026-03-31'] })
    expect(params.get('from')).toBe(new Date(2026, 2, 1).toISOString())
    expect(params.get('to')).toBe(new Date(2026, 3, 1).toISOString())
  })

  it('rolls a day over the end of the month', () => {
    expect(startOfDay('2026-12-31', 1)).toBe(new Date(2027, 0, 1).toISOString())
  })
})
