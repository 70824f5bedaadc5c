// Passwords an administrator hands out: long enough for the server (8 to 72 characters), without
// characters that are easy to misread when typed from a screen (0/O, 1/l/I).
const LETTERS = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ'
const DIGITS = '23456789'
const ALPHABET = LETTERS + DIGITS

export const PASSWORD_MIN = 8
export const PASSWORD_MAX = 72

/** A random password of `length` characters with at least one letter and one digit. */
export function generatePassword(
  length = 14,
  random: (n: number) => Uint32Array = (n) => crypto.getRandomValues(new Uint32Array(n)),
): string {
  for (;;) {
    const values = random(length)
    const password = Array.from(values, (value) => ALPHABET[value % ALPHABET.length]).join('')
    if (/[0-9]/.test(password) && /[a-zA-Z]/.test(password)) return password
  }
}

/** Whether the server will take it (length only; it checks nothing else). */
export function passwordFits(password: string) {
  return password.length >= PASSWORD_MIN && password.length <= PASSWORD_MAX
}
