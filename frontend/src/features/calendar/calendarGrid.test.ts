import { describe, expect, it } from 'vitest'
import { hoursPerDay, monthGrid } from './calendarGrid'

describe('monthGrid', () => {
  it('starts October 2025 on a Wednesday and marks the holiday and the make-up Saturday', () => {
    // given National Day off and Saturday 11 October working
    const weeks = monthGrid(2025, 10, [
      { date: '2025-10-01', kind: 'HOLIDAY', name: '国庆节' },
      { date: '2025-10-11', kind: 'WORKDAY', name: '国庆节' },
    ])
    // then the first week has two empty cells before Wednesday 1
    expect(weeks[0]!.slice(0, 2)).toEqual([null, null])
    expect(weeks[0]![2]).toMatchObject({ date: '2025-10-01', kind: 'HOLIDAY', working: false })
    // and Saturday 11 works, Sunday 12 does not, Monday 13 does
    const days = weeks.flat().filter((day) => day)
    expect(days.find((day) => day!.day === 11)).toMatchObject({ weekend: true, working: true })
    expect(days.find((day) => day!.day === 12)).toMatchObject({ weekend: true, working: false })
    expect(days.find((day) => day!.day === 13)).toMatchObject({ weekend: false, working: true })
    expect(days).toHaveLength(31)
    expect(weeks.every((week) => week.length === 7)).toBe(true)
  })
})

describe('hoursPerDay', () => {
  it('leaves out the lunch break', () => {
    expect(hoursPerDay('09:00', '18:00', '12:00', '13:00')).toBe(8)
    expect(hoursPerDay('08:30', '17:30', null, null)).toBe(9)
  })
  it('is null for times it cannot read', () => {
    expect(hoursPerDay('9', '18:00', null, null)).toBeNull()
    expect(hoursPerDay('18:00', '09:00', null, null)).toBeNull()
  })
})
