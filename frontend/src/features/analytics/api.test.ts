import { describe, expect, it } from 'vitest'
import { formatDuration } from './api'

// the translation as the key with its values, so that the unit chosen can be read
const t = (key: string, values?: Record<string, unknown>) => `${key}:${values?.n}`

describe('formatDuration', () => {
  it('says nothing was measured with a dash', () => {
    expect(formatDuration(null, t)).toBe('—')
  })

  it('counts short durations in whole minutes, at least one', () => {
    expect(formatDuration(5_000, t)).toBe('analytics.minutes:1')
    expect(formatDuration(25 * 60_000, t)).toBe('analytics.minutes:25')
  })

  it('counts up to two days in hours with one decimal', () => {
    expect(formatDuration(90 * 60_000, t)).toBe('analytics.hours:1.5')
    expect(formatDuration(47 * 3_600_000, t)).toBe('analytics.hours:47')
  })

  it('counts longer durations in days with one decimal', () => {
    expect(formatDuration(72 * 3_600_000, t)).toBe('analytics.days:3')
    expect(formatDuration(60 * 3_600_000, t)).toBe('analytics.days:2.5')
  })
})
