import { describe, expect, it } from 'vitest'
import { generatePassword, passwordFits } from './password'

describe('generatePassword', () => {
  it('is long enough for the server and has letters and digits', () => {
    for (let i = 0; i < 50; i++) {
      const password = generatePassword()
      expect(password).toHaveLength(14)
      expect(passwordFits(password)).toBe(true)
      expect(password).toMatch(/[0-9]/)
      expect(password).toMatch(/[a-zA-Z]/)
      expect(password).not.toMatch(/[0O1lI]/)
    }
  })

  it('draws again when the random values give no digit', () => {
    let call = 0
    const random = (n: number) => {
      call++
      // first all "a" (index 0), then all "2" (a digit, index 48) with one letter
      return call === 1
        ? new Uint32Array(n)
        : Uint32Array.from({ length: n }, (_, i) => (i ? 48 : 0))
    }
    expect(generatePassword(8, random)).toBe('a2222222')
    expect(call).toBe(2)
  })
})

describe('passwordFits', () => {
  it('takes 8 to 72 characters', () => {
    expect(passwordFits('1234567')).toBe(false)
    expect(passwordFits('12345678')).toBe(true)
    expect(passwordFits('x'.repeat(72))).toBe(true)
    expect(passwordFits('x'.repeat(73))).toBe(false)
  })
})
