import { describe, expect, it } from 'vitest'
import { designerEnUS, designerZhCN } from './index'

function keys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  )
}

describe("the designer's messages", () => {
  it('zh-CN and en-US have exactly the same keys, none empty', () => {
    expect(keys(designerEnUS).sort()).toEqual(keys(designerZhCN).sort())
    for (const messages of [designerZhCN, designerEnUS]) {
      for (const key of keys(messages)) {
        const value = key.split('.').reduce((node: any, part) => node[part], messages) // eslint-disable-line @typescript-eslint/no-explicit-any
        expect(value, key).not.toBe('')
      }
    }
  })
})
