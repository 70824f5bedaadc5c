// A request's key figures (its process's summary fields) as short "label value" pairs for lists
// and page headers. Form labels are content, often written "中文 / English"; where space is short
// the part in the UI language is shown (the full label stays in the request's data).
import type { SummaryField } from './types'

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/
const BILINGUAL = /^(.+?)\s+\/\s+(.+)$/

/** "请假类型 / Leave type" → "请假类型" in Chinese, "Leave type" in English; other texts as they are. */
export function languagePart(text: string, lang: string): string {
  const match = BILINGUAL.exec(text.trim())
  if (!match) return text
  const [, first, second] = match as unknown as [string, string, string]
  if (!CJK.test(first) || CJK.test(second)) return text
  return lang.startsWith('zh') ? first.trim() : second.trim()
}

function scalar(value: unknown, field: SummaryField, lang: string, yesNo: [string, string]) {
  if (typeof value === 'boolean') return value ? yesNo[0] : yesNo[1]
  if (typeof value === 'number')
    return new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(value)
  const text = String(value)
  if (field.type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(text)) {
    // a calendar day: the same day wherever the browser is
    return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(
      new Date(`${text}T00:00:00Z`),
    )
  }
  if (field.type === 'datetime' && !Number.isNaN(Date.parse(text))) {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(text),
    )
  }
  return text
}

/** The value as a person reads it: an option by its label, numbers, dates and yes/no in the UI language. */
export function summaryValue(field: SummaryField, lang: string, yesNo: [string, string]): string {
  if (field.text) return languagePart(field.text, lang)
  if (Array.isArray(field.value))
    return field.value
      .map((item) => scalar(item, field, lang, yesNo))
      .join(lang.startsWith('zh') ? '、' : ', ')
  return scalar(field.value, field, lang, yesNo)
}

/** The field's label in the UI language. */
export function summaryLabel(field: SummaryField, lang: string): string {
  return languagePart(field.label, lang)
}
