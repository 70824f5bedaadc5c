// form-js 1.23 has no i18n: its few built-in texts (validation messages, list buttons, search
// boxes, aria labels) are English literals. This layer translates them in the rendered DOM while
// the UI language is Chinese. Form labels are content and are never touched.

import { keepTranslated } from './domTranslation'

type Rule = [RegExp, string]

const ZH_RULES: Rule[] = [
  [/^Field is required\.$/, '此项为必填项。'],
  [/^Field must have minimum length of (\d+)\.$/, '长度不能少于 $1 个字符。'],
  [/^Field must have maximum length of (\d+)\.$/, '长度不能超过 $1 个字符。'],
  [/^Field must have minimum value of (.+)\.$/, '不能小于 $1。'],
  [/^Field must have maximum value of (.+)\.$/, '不能大于 $1。'],
  [/^Field must match pattern (.+)\.$/, '格式不正确（应符合 $1）。'],
  [/^Field must be a valid email\.$/, '请输入有效的电子邮件地址。'],
  [
    /^Field must be a valid {1,2}international phone number\. \(e\.g\. (.+)\)$/,
    '请输入有效的国际电话号码（例如 $1）。',
  ],
  [/^Value is not a number\.$/, '请输入数字。'],
  [
    /^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    '请输入有效的值，最接近的有效值是 $1 和 $2。',
  ],
  [/^Click to sort by (.+) descending$/, '点击按 $1 降序排列'],
  [/^Click to sort by (.+) ascending$/, '点击按 $1 升序排列'],
  [/^Value is expected to be an integer\.$/, '请输入整数。'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, '最多保留 $1 位小数。'],
  [/^Date and time must both be entered\.$/, '日期和时间都需要填写。'],
  [/^Min validation value is not a valid number\.$/, '最小值设置无效。'],
  [/^Max validation value is not a valid number\.$/, '最大值设置无效。'],
  [/^Add new$/, '添加一行'],
  [/^Expand all \((\d+)\)$/, '全部展开（$1）'],
  [/^Collapse$/, '收起'],
  [/^Remove list item (\d+)$/, '删除第 $1 行'],
  [/^Search$/, '搜索'],
  [/^No results$/, '没有结果'],
  [/^All values selected$/, '已全部选择'],
  [/^Select$/, '请选择'],
  [/^Nothing to show\.$/, '没有可显示的内容。'],
  [/^Increment$/, '增加'],
  [/^Decrement$/, '减少'],
  [/^Remove tag$/, '移除'],
  [/^Previous page$/, '上一页'],
  [/^Next page$/, '下一页'],
  [/^No files selected$/, '未选择文件'],
  [/^Download (.+)$/, '下载 $1'],
  [/^Unable to download document$/, '无法下载文档'],
  [/^Document reference is not defined\.$/, '未指定文档。'],
  [/^Click to remove sorting$/, '点击取消排序'],
  [/^This is an image placeholder$/, '图片占位'],
]

/** The Chinese for one of form-js's English texts, or the text unchanged (labels, user data). */
export function translateFormJsText(text: string, lang: string): string {
  if (!lang.startsWith('zh')) return text
  const trimmed = text.trim()
  if (!trimmed) return text
  for (const [pattern, replacement] of ZH_RULES) {
    if (pattern.test(trimmed)) return text.replace(trimmed, trimmed.replace(pattern, replacement))
  }
  return text
}

const ATTRIBUTES = ['aria-label', 'placeholder', 'title', 'alt']

function translateNode(node: Node, lang: string) {
  if (node.nodeType === Node.TEXT_NODE) {
    const value = node.nodeValue ?? ''
    const next = translateFormJsText(value, lang)
    if (next !== value) node.nodeValue = next
    return
  }
  if (node.nodeType !== Node.ELEMENT_NODE) return
  const element = node as Element
  // what people typed is theirs: never rewrite inside an editable field
  if (element.tagName === 'TEXTAREA') return
  for (const attribute of ATTRIBUTES) {
    const value = element.getAttribute(attribute)
    if (value) {
      const next = translateFormJsText(value, lang)
      if (next !== value) element.setAttribute(attribute, next)
    }
  }
  element.childNodes.forEach((child) => translateNode(child, lang))
}

/** Keeps a form-js container translated while it re-renders; returns the function that stops it. */
export function installFormJsTranslation(container: HTMLElement, lang: string): () => void {
  if (!lang.startsWith('zh')) return () => {}
  return keepTranslated(container, {
    attributes: ATTRIBUTES,
    node: (node) => translateNode(node, lang),
    attributesOf: (element) => translateNode(element, lang),
  })
}
