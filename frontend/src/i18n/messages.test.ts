import { describe, expect, it } from 'vitest'
import { baseCompile } from '@intlify/message-compiler'
import zhCN from './zh-CN'
import enUS from './en-US'
import { initialLanguage } from './index'

function keys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  )
}

describe('messages', () => {
  it('zh-CN and en-US have exactly the same keys', () => {
    expect(keys(enUS).sort()).toEqual(keys(zhCN).sort())
  })

  it("has only messages vue-i18n can compile (a literal @ or brace is written {'@'})", () => {
    for (const messages of [zhCN, enUS]) {
      for (const key of keys(messages)) {
        const value = key.split('.').reduce((node: any, part) => node[part], messages) // eslint-disable-line @typescript-eslint/no-explicit-any
        const errors: string[] = []
        baseCompile(value, { onError: (error) => errors.push(error.message) })
        expect(errors, key).toEqual([])
      }
    }
  })

  it('has no empty message', () => {
    for (const messages of [zhCN, enUS]) {
      const flat = keys(messages)
      for (const key of flat) {
        const value = key.split('.').reduce((node: any, part) => node[part], messages) // eslint-disable-line @typescript-eslint/no-explicit-any
        expect(value, key).not.toBe('')
      }
    }
  })
})

describe('initialLanguage', () => {
  it('keeps the language chosen before', () => {
    expect(initialLanguage('en-US', ['zh-CN'])).toBe('en-US')
  })
  it('follows the browser: Chinese when it prefers any Chinese, English when it prefers English', () => {
    expect(initialLanguage(null, ['zh-TW', 'en'])).toBe('zh-CN')
    expect(initialLanguage(null, ['en-GB', 'zh-CN'])).toBe('en-US')
    expect(initialLanguage(null, ['fr-FR', 'en-US'])).toBe('en-US')
  })
  it('is Chinese when nothing else is known', () => {
    expect(initialLanguage(null, [])).toBe('zh-CN')
    expect(initialLanguage(null, ['fr-FR'])).toBe('zh-CN')
  })
})
