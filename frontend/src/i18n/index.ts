import { createI18n } from 'vue-i18n'
import zhCN from './zh-CN'
import enUS from './en-US'

export type Lang = 'zh-CN' | 'en-US'
export const LANGS: { value: Lang; label: string }[] = [
  { value: 'zh-CN', label: '简体中文' },
  { value: 'en-US', label: 'English' },
]

const STORAGE_KEY = 'baton.lang'

/**
 * The language to start with: the one the person chose before, else the browser's preference
 * (Chinese when its first language is any Chinese, English when it is any other listed language
 * we do not speak but English comes first), else Chinese.
 */
export function initialLanguage(
  saved: string | null = safeStorageGet(),
  preferred: readonly string[] = typeof navigator === 'undefined'
    ? []
    : (navigator.languages ?? [navigator.language]),
): Lang {
  if (saved === 'zh-CN' || saved === 'en-US') return saved
  for (const raw of preferred) {
    const lang = raw.toLowerCase()
    if (lang.startsWith('zh')) return 'zh-CN'
    if (lang.startsWith('en')) return 'en-US'
  }
  return 'zh-CN'
}

function safeStorageGet(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY)
  } catch {
    return null
  }
}

/**
 * Whether this browser had chosen a language before this page load; a visitor who had not gets
 * the company's default language once it is known (stores/company).
 */
export const languageChosenBefore = safeStorageGet() !== null

export function isLang(value: unknown): value is Lang {
  return value === 'zh-CN' || value === 'en-US'
}

export function rememberLanguage(lang: Lang) {
  try {
    localStorage.setItem(STORAGE_KEY, lang)
  } catch {
    // private mode: the choice lasts for this page only
  }
}

export const i18n = createI18n({
  legacy: false,
  locale: initialLanguage(),
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zhCN, 'en-US': enUS },
  missingWarn: false,
  fallbackWarn: false,
})

export function currentLang(): Lang {
  return i18n.global.locale.value as Lang
}

let designerMessages: Promise<void> | null = null

/**
 * The designer's texts (most of the app's words, seen only by process designers) are loaded with
 * the designer's pages, not with everybody's first page.
 */
export function loadDesignerMessages(): Promise<void> {
  designerMessages ??= import('@/features/designer/i18n').then(({ designerZhCN, designerEnUS }) => {
    i18n.global.mergeLocaleMessage('zh-CN', { designer: designerZhCN })
    i18n.global.mergeLocaleMessage('en-US', { designer: designerEnUS })
  })
  return designerMessages
}
