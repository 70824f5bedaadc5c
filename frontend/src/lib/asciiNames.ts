// Readable ASCII identifiers (a process key, a form id) made from the names people type: an English
// name as it is, a Chinese one in pinyin (pinyin-pro, loaded only when a name has Chinese in it).
// Identifiers stay behind an "advanced" affordance; a business person only ever types names.

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/

/** Lower-case letters and digits, runs of anything else as one hyphen, no hyphen at either end. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** At most `max` characters, cut after a whole word where there is one. */
export function shorten(id: string, max: number): string {
  if (id.length <= max) return id
  const cut = id.substring(0, max)
  const lastHyphen = cut.lastIndexOf('-')
  return (lastHyphen > max / 2 ? cut.substring(0, lastHyphen) : cut).replace(/-+$/, '')
}

/** `base`, or `base-2`, `base-3` … whichever `taken` does not hold, never longer than `max`. */
export function unique(base: string, taken: Iterable<string>, max: number): string {
  const used = new Set(taken)
  if (!used.has(base)) return base
  for (let n = 2; ; n++) {
    const suffix = `-${n}`
    const candidate = shorten(base, max - suffix.length) + suffix
    if (!used.has(candidate)) return candidate
  }
}

type Pinyin = (text: string) => string[]
let pinyinLoaded: Promise<Pinyin> | null = null

function loadPinyin(): Promise<Pinyin> {
  pinyinLoaded ??= import('pinyin-pro').then(
    ({ pinyin }) =>
      (text: string) =>
        pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true }),
  )
  return pinyinLoaded
}

/** The text as ASCII words: Chinese characters become their pinyin syllables, one word each. */
export async function romanized(text: string): Promise<string> {
  if (!CJK.test(text)) return slug(text)
  const syllables = (await loadPinyin())(text)
  return slug(syllables.join('-'))
}

/** A process key rule's shape (the server's, docs/api.md "Modeling"): a letter first, 3–64 of a-z 0-9 -. */
const KEY_MAX = 64

function asKey(words: string): string | null {
  const key = shorten(words.replace(/^[^a-z]+/, ''), KEY_MAX)
  return key.length >= 3 ? key : null
}

/**
 * The key a new process gets from its names: the English name, else the Chinese name in pinyin
 * (报销申请 → bao-xiao-shen-qing), else `process-N`; unique among `taken`.
 */
export async function suggestProcessKey(
  nameZh: string,
  nameEn: string,
  taken: Iterable<string>,
): Promise<string> {
  const used = new Set(taken)
  const base = asKey(slug(nameEn)) ?? asKey(await romanized(nameZh))
  if (base) return unique(base, used, KEY_MAX)
  for (let n = 1; ; n++) if (!used.has(`process-${n}`)) return `process-${n}`
}
