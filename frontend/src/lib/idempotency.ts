// One Idempotency-Key per fill of a start form (docs/api.md, POST /api/requests): every submit of
// that fill sends it, so a double click or a retry after a network error starts one request.

/** A random key (a UUID). crypto.randomUUID only exists on https or localhost, so Baton on plain
 * http in a company network falls back to crypto.getRandomValues, which exists everywhere. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  bytes[6] = (bytes[6]! & 0x0f) | 0x40
  bytes[8] = (bytes[8]! & 0x3f) | 0x80
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
