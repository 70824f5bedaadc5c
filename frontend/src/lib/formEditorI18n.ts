// form-js editor 1.23 has no i18n: its palette, canvas hints and properties panel are English
// literals without a translate service. Component names are translated where form-js reads them
// (lib/formEditorModule gives each editor translated field configs); every other text is
// translated in the rendered DOM while the UI language is Chinese. Content — labels, texts and
// options the designer typed, expressions — is never touched.
import { keepTranslated } from './domTranslation'
import { translateFormJsText } from './formjsI18n'
import { COMPONENT_NAMES_ZH, EDITOR_PATTERNS_ZH, EDITOR_TEXTS_ZH } from './formEditorTexts'

const isChinese = (lang: string) => lang.startsWith('zh')

/** The component name shown for a form-js type: Chinese, or form-js's own (English) name. */
export function componentName(type: string, englishName: string, lang: string): string {
  return (isChinese(lang) && COMPONENT_NAMES_ZH[type]) || englishName
}

/** The Chinese for one of the editor's English texts, or the text unchanged. */
export function translateFormEditorText(text: string, lang: string): string {
  if (!isChinese(lang)) return text
  const trimmed = text.trim()
  if (!trimmed) return text
  const exact = EDITOR_TEXTS_ZH[trimmed.replace(/\s+/g, ' ')]
  if (exact !== undefined) return text.replace(trimmed, exact)
  const viewer = translateFormJsText(text, lang)
  if (viewer !== text) return viewer
  for (const [pattern, replacement] of EDITOR_PATTERNS_ZH) {
    if (pattern.test(trimmed)) return text.replace(trimmed, trimmed.replace(pattern, replacement))
  }
  return text
}

/**
 * Where the designer's content is shown: never translated. Code editors (FEEL, JSON), the selected
 * field's label in the panel header, list items named after options, and the form as drawn.
 */
export const CONTENT_SELECTOR = [
  '.cm-editor',
  'textarea',
  '[contenteditable]',
  '.bio-properties-panel-header-label',
  '.bio-properties-panel-collapsible-entry-header-title',
  '.fjs-form-field-label',
  '.fjs-form-field-description',
  '.fjs-form-field-text',
  '.fjs-form-field-html',
  '.fjs-taglist-tag',
].join(', ')

const ATTRIBUTES = ['aria-label', 'placeholder', 'title', 'alt', 'data-title']

function isContent(element: Element | null): boolean {
  return !!element?.closest(CONTENT_SELECTOR)
}

function translateElementAttributes(element: Element, lang: string) {
  for (const attribute of ATTRIBUTES) {
    const value = element.getAttribute(attribute)
    if (!value) continue
    const next = translateFormEditorText(value, lang)
    if (next !== value) element.setAttribute(attribute, next)
  }
}

function translateTree(node: Node, lang: string) {
  if (node.nodeType === Node.TEXT_NODE) {
    const value = node.nodeValue ?? ''
    const next = translateFormEditorText(value, lang)
    if (next !== value) node.nodeValue = next
    return
  }
  if (node.nodeType !== Node.ELEMENT_NODE) return
  const element = node as Element
  if (element.matches(CONTENT_SELECTOR)) return
  translateElementAttributes(element, lang)
  element.childNodes.forEach((child) => translateTree(child, lang))
}

function translateNode(node: Node, lang: string) {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement
  if (isContent(element)) return
  translateTree(node, lang)
}

/** Keeps a form editor's container translated while it re-renders; returns the function that stops it. */
export function installFormEditorTranslation(container: HTMLElement, lang: string): () => void {
  if (!isChinese(lang)) return () => {}
  return keepTranslated(container, {
    attributes: ATTRIBUTES,
    node: (node) => translateNode(node, lang),
    attributesOf: (element) => {
      if (!isContent(element)) translateElementAttributes(element, lang)
    },
  })
}
