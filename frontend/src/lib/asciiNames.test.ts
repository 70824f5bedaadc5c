import { describe, expect, it } from 'vitest'
import { romanized, shorten, slug, suggestProcessKey, unique } from './asciiNames'
import { keyProblem } from '@/features/designer/versions'

describe('slug', () => {
  it('keeps lower-case letters and digits, joined by single hyphens', () => {
    expect(slug('Expense claim')).toBe('expense-claim')
    expect(slug('  Travel & Hotel (2026)  ')).toBe('travel-hotel-2026')
    expect(slug('Café crème')).toBe('cafe-creme')
    expect(slug('***')).toBe('')
  })
})

describe('romanized', () => {
  it('writes Chinese as pinyin syllables without tones', async () => {
    expect(await romanized('报销申请')).toBe('bao-xiao-shen-qing')
    expect(await romanized('绿化 2 期')).toBe('lv-hua-2-qi')
    expect(await romanized('IT 设备申请')).toBe('it-she-bei-shen-qing')
  })
})

describe('suggestProcessKey', () => {
  it('takes the English name when there is one', async () => {
    expect(await suggestProcessKey('报销申请', 'Expense claim', [])).toBe('expense-claim')
  })

  it('writes a Chinese name in pinyin, so the key is always one the server accepts', async () => {
    const key = await suggestProcessKey('报销申请', '', [])
    expect(key).toBe('bao-xiao-shen-qing')
    expect(keyProblem(key)).toBeNull()
  })

  it('never repeats a key already in use', async () => {
    const taken = ['bao-xiao-shen-qing', 'bao-xiao-shen-qing-2']
    expect(await suggestProcessKey('报销申请', '', taken)).toBe('bao-xiao-shen-qing-3')
  })

  it('falls back to process-N when the names give no usable word', async () => {
    expect(await suggestProcessKey('', '', [])).toBe('process-1')
    expect(await suggestProcessKey('！！', '42', ['process-1'])).toBe('process-2')
  })

  it('starts with a letter and stays within 64 characters', async () => {
    const key = await suggestProcessKey('', '2026 ' + 'very long name '.repeat(10), [])
    expect(key).toMatch(/^[a-z]/)
    expect(key.length).toBeLessThanOrEqual(64)
    expect(keyProblem(key)).toBeNull()
  })
})

describe('unique and shorten', () => {
  it('cuts after a whole word and keeps suffixes within the limit', () => {
    expect(shorten('expense-claim-for-travel', 16)).toBe('expense-claim')
    expect(unique('abc', ['abc'], 64)).toBe('abc-2')
    expect(unique('a'.repeat(64), ['a'.repeat(64)], 64)).toHaveLength(64)
  })
})
