import { describe, expect, it } from 'vitest'
import { formatDateTime, isOverdue, localized, matchesDue } from './format'

describe('localized', () => {
  it('picks the UI language and falls back to the other', () => {
    expect(localized({ zh: '采购申请', en: 'Purchase request' }, 'zh-CN')).toBe('采购申请')
    expect(localized({ zh: '采购申请', en: 'Purchase request' }, 'en-US')).toBe('Purchase request')
    expect(localized({ zh: '采购申请', en: '' }, 'en-US')).toBe('采购申请')
    expect(localized(null, 'en-US')).toBe('')
  })
})

describe('formatDateTime', () => {
  it('formats in the UI language', () => {
    const iso = '2026-11-22T08:30:00Z'
    expect(formatDateTime(iso, 'zh-CN')).toMatch(/2026年11月22日/)
    expect(formatDateTime(iso, 'en-US')).toMatch(/Nov 22, 2026/)
  })
})

describe('matchesDue', () => {
  const now = new Date('2026-11-22T10:00:00')
  it('filters overdue, today, this week and no due date', () => {
    const yesterday = new Date('2026-11-21T10:00:00').toISOString()
    const tonight = new Date('2026-11-22T20:00:00').toISOString()
    const inFiveDays = new Date('2026-11-27T10:00:00').toISOString()
    const inMonth = new Date('2026-12-22T10:00:00').toISOString()
    expect(matchesDue(yesterday, 'overdue', now)).toBe(true)
    expect(matchesDue(tonight, 'overdue', now)).toBe(false)
    expect(matchesDue(tonight, 'today', now)).toBe(true)
    expect(matchesDue(inFiveDays, 'today', now)).toBe(false)
    expect(matchesDue(inFiveDays, 'week', now)).toBe(true)
    expect(matchesDue(inMonth, 'week', now)).toBe(false)
    expect(matchesDue(null, 'none', now)).toBe(true)
    expect(matchesDue(inMonth, 'none', now)).toBe(false)
    expect(matchesDue(null, '', now)).toBe(true)
    expect(isOverdue(yesterday, now)).toBe(true)
  })
})
