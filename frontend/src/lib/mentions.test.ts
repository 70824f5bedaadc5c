import { describe, expect, it } from 'vitest'
import { mentionText, mentionedLogins } from './mentions'

describe('mentions', () => {
  it('writes a person as their name followed by their login in parentheses', () => {
    expect(mentionText('张伟', 'zhangwei')).toBe('张伟(zhangwei)')
  })

  it('keeps characters that would end the mention out of the name', () => {
    expect(mentionText('Li (HR) @home', 'lihr')).toBe('Li  HR   home(lihr)')
    expect(mentionText('()', 'x')).toBe('x(x)')
  })

  it('reads back the logins the server will tell, each once', () => {
    const comment = `@${mentionText('张伟', 'zhangwei')} 请看 @${mentionText('李娜', 'lina')} @张伟(zhangwei) @nobody`
    expect(mentionedLogins(comment)).toEqual(['zhangwei', 'lina'])
  })
})
