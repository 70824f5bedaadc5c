import { describe, expect, it } from 'vitest'
import { formatDuration, parseDuration } from './duration'

describe('due time durations', () => {
  it('reads days and hours', () => {
    expect(parseDuration('P3D')).toEqual({ days: 3, hours: 0 })
    expect(parseDuration('PT12H')).toEqual({ days: 0, hours: 12 })
    expect(parseDuration('P1DT4H')).toEqual({ days: 1, hours: 4 })
    expect(parseDuration(' p2d ')).toEqual({ days: 2, hours: 0 })
  })

  it('reads nothing it cannot show as days and hours', () => {
    for (const value of [
      '',
      null,
      undefined,
      'P',
      'PT',
      'P1W',
      'PT30M',
      '${due}',
      '2030-01-01T00:00:00',
      'P1D4H',
    ]) {
      expect(parseDuration(value)).toBeNull()
    }
  })

  it('writes days and hours, carrying whole days', () => {
    expect(formatDuration({ days: 3, hours: 0 })).toBe('P3D')
    expect(formatDuration({ days: 0, hours: 12 })).toBe('PT12H')
    expect(formatDuration({ days: 1, hours: 4 })).toBe('P1DT4H')
    expect(formatDuration({ days: 0, hours: 30 })).toBe('P1DT6H')
    expect(formatDuration({ days: 0, hours: 0 })).toBe('')
    expect(formatDuration({ days: -1, hours: 0 })).toBe('')
  })

  it('round-trips', () => {
    for (const value of ['P3D', 'PT5H', 'P2DT1H'])
      expect(formatDuration(parseDuration(value)!)).toBe(value)
  })
})
