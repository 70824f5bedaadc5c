// How a mention is written into a comment: "@Name(login)". The server reads only the login in
// the parentheses; the name is for readers, so it must not hold what would end the mention.

/** The text after "@" for a person: their name (without @ or parentheses) and their login. */
export function mentionText(name: string, login: string): string {
  const label = name.replace(/[@()\r\n]/g, ' ').trim() || login
  return `${label}(${login})`
}

/** The logins mentioned in a comment, each once, as the server reads them. */
export function mentionedLogins(comment: string): string[] {
  const found = new Set<string>()
  for (const match of comment.matchAll(/@[^@()\r\n]{1,100}\(([a-z0-9][a-z0-9._-]{0,63})\)/g)) {
    if (match[1]) found.add(match[1])
  }
  return [...found]
}
