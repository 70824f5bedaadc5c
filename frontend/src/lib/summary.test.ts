import { describe, expect, it } from 'vitest'
import { languagePart, summaryLabel, summaryValue } from './summary'
import type { SummaryField } from './types'

const yesNo: [string, string] = ['是', '否']
const field = (part: Partial<SummaryField>): SummaryField => ({
  key: 'k',
  label: 'k',
  type: 'text',
  value: '',
  text: null,
  ...part,
})

describe('languagePart', () => {
  it('takes the part of a "中文 / English" text in the UI language', () => {
    expect(languagePart('合计（元） / Total (CNY)', 'zh-CN')).toBe('合计（元）')
    expect(languagePart('合计（元） / Total (CNY)', 'en-US')).toBe('Total (CNY)')
  })
  it('leaves other texts alone', () => {
    expect(languagePart('Supplier', 'zh-CN')).toBe('Supplier')
    expect(languagePart('A / B', 'en-US')).toBe('A / B')
    expect(languagePart('和平 / 发展', 'en-US')).toBe('和平 / 发展')
    expect(languagePart('12/05', 'zh-CN')).toBe('12/05')
  })
})

describe('summaryValue', () => {
  it('formats numbers in the UI language', () => {
    expect(summaryValue(field({ type: 'number', value: 57000 }), 'zh-CN', yesNo)).toBe('57,000')
    expect(summaryValue(field({ type: 'number', value: 1234.5 }), 'en-US', yesNo)).toBe('1,234.5')
  })
  it('shows an option by its label', () => {
    const leaveType = field({ type: 'option', value: 'annual', text: '年假 / Annual leave' })
    expect(summaryValue(leaveType, 'zh-CN', yesNo)).toBe('年假')
    expect(summaryValue(leaveType, 'en-US', yesNo)).toBe('Annual leave')
  })
  it('shows a calendar day as the same day everywhere', () => {
    expect(summaryValue(field({ type: 'date', value: '2030-05-06' }), 'zh-CN', yesNo)).toBe(
      '2030年5月6日',
    )
    expect(summaryValue(field({ type: 'date', value: '2030-05-06' }), 'en-US', yesNo)).toBe(
      'May 6, 2030',
    )
  })
  it('shows yes or no, and lists joined', () => {
    expect(summaryValue(field({ type: 'boolean', value: true }), 'zh-CN', yesNo)).toBe('是')
    expect(summaryValue(field({ value: ['a', 'b'] }), 'zh-CN', yesNo)).toBe('a、b')
  })
})

describe('summaryLabel', () => {
  it('is the label in the UI language', () => {
    expect(summaryLabel(field({ label: '天数 / Days' }), 'en-US')).toBe('Days')
  })
})
