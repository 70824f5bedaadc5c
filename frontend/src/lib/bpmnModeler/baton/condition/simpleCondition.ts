// A gateway flow's condition as business staff build it: rows of "field operator value", all or
// any of them, written as a JUEL expression within the safety policy's subset (comparisons over
// variables, `empty`, `and`/`or`) and read back from one. Anything else is an advanced condition.

export type Operator =
  '==' | '!=' | '>' | '>=' | '<' | '<=' | 'checked' | 'unchecked' | 'empty' | 'notEmpty'
export type Join = 'and' | 'or'

export interface ConditionRow {
  field: string
  operator: Operator
  /** the value as typed; unused by checked/unchecked/empty/notEmpty */
  value: string
  /** compare as a number (number fields) rather than as text */
  numeric: boolean
}

export interface SimpleCondition {
  join: Join
  rows: ConditionRow[]
}

export type BuildError = 'field' | 'operator' | 'number' | 'value'
export type BuildResult = { expression: string } | { error: BuildError; row: number }

const COMPARISONS: Operator[] = ['==', '!=', '>', '>=', '<', '<=']
const RESERVED = new Set([
  'and',
  'or',
  'not',
  'eq',
  'ne',
  'lt',
  'gt',
  'le',
  'ge',
  'true',
  'false',
  'null',
  'empty',
  'div',
  'mod',
  'instanceof',
])
const NAME = '[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*'
const NUMBER = /^-?\d+(\.\d+)?$/

/** The operators offered for a form field of this form-js type. */
export function operatorsFor(fieldType: string): Operator[] {
  const always: Operator[] = ['empty', 'notEmpty']
  if (fieldType === 'number') return [...COMPARISONS, ...always]
  if (['textfield', 'textarea', 'select', 'radio'].includes(fieldType))
    return ['==', '!=', ...always]
  if (fieldType === 'checkbox') return ['checked', 'unchecked']
  return always
}

export const isNumber = (text: string) => NUMBER.test(text.trim())

export const needsValue = (operator: Operator) => COMPARISONS.includes(operator)

export function isFieldName(name: string): boolean {
  return new RegExp(`^${NAME}$`).test(name) && !name.split('.').some((part) => RESERVED.has(part))
}

/** A JUEL string literal: single-quoted, with `\` and `'` escaped. */
export function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`
}

function buildRow(row: ConditionRow): string | BuildError {
  if (!isFieldName(row.field)) return 'field'
  switch (row.operator) {
    case 'checked':
      return `${row.field} == true`
    case 'unchecked':
      return `${row.field} == false`
    case 'empty':
      return `empty ${row.field}`
    case 'notEmpty':
      return `not empty ${row.field}`
  }
  if (!COMPARISONS.includes(row.operator)) return 'operator'
  if (row.numeric) {
    const number = row.value.trim()
    return isNumber(number) ? `${row.field} ${row.operator} ${number}` : 'number'
  }
  if (!['==', '!='].includes(row.operator)) return 'operator'
  if (row.value === '') return 'value'
  return `${row.field} ${row.operator} ${quote(row.value)}`
}

/** The expression of a complete condition, or the first row that is not (and why). */
export function buildExpression(condition: SimpleCondition): BuildResult {
  const parts: string[] = []
  for (const [index, row] of condition.rows.entries()) {
    const part = buildRow(row)
    if (part === 'field' || part === 'operator' || part === 'number' || part === 'value')
      return { error: part, row: index }
    parts.push(part)
  }
  if (!parts.length) return { error: 'field', row: 0 }
  return { expression: `\${${parts.join(` ${condition.join} `)}}` }
}

/** Splits at top-level `and` / `or` words (outside string literals); null if both occur or brackets do. */
function split(inner: string): { join: Join; parts: string[] } | null {
  const parts: string[] = []
  const joins = new Set<Join>()
  let start = 0
  let quoteChar = ''
  for (let i = 0; i < inner.length; i++) {
    const char = inner[i] ?? ''
    if (quoteChar) {
      if (char === '\\') i++
      else if (char === quoteChar) quoteChar = ''
      continue
    }
    if (char === "'" || char === '"') quoteChar = char
    else if ('()[]{}?:'.includes(char)) return null
    else if (/\s/.test(char)) {
      const word = /^\s+(and|or|&&|\|\|)\s+/.exec(inner.slice(i))
      if (word) {
        joins.add(word[1] === 'and' || word[1] === '&&' ? 'and' : 'or')
        parts.push(inner.slice(start, i))
        i += word[0].length - 1
        start = i + 1
      }
    }
  }
  if (quoteChar || joins.size > 1) return null
  parts.push(inner.slice(start))
  return { join: joins.has('or') ? 'or' : 'and', parts }
}

const OPERATORS: Record<string, Operator> = {
  '==': '==',
  eq: '==',
  '!=': '!=',
  ne: '!=',
  '>': '>',
  gt: '>',
  '>=': '>=',
  ge: '>=',
  '<': '<',
  lt: '<',
  '<=': '<=',
  le: '<=',
}

function unquote(literal: string): string | null {
  const match = /^(['"])((?:\\.|(?!\1)[^\\])*)\1$/.exec(literal)
  return match ? (match[2] ?? '').replace(/\\(.)/g, '$1') : null
}

function parseRow(text: string): ConditionRow | null {
  const part = text.trim()
  const emptiness = new RegExp(`^(not\\s+|!\\s*)?empty\\s+(${NAME})$`).exec(part)
  if (emptiness)
    return isFieldName(emptiness[2] ?? '')
      ? {
          field: emptiness[2] ?? '',
          operator: emptiness[1] ? 'notEmpty' : 'empty',
          value: '',
          numeric: false,
        }
      : null
  const comparison = new RegExp(
    `^(${NAME})\\s*(==|!=|>=|<=|>|<|\\beq\\b|\\bne\\b|\\bgt\\b|\\bge\\b|\\blt\\b|\\ble\\b)\\s*(.+)$`,
  ).exec(part)
  if (!comparison) return null
  const [, field = '', symbol = '', right = ''] = comparison
  const operator = OPERATORS[symbol]
  if (!operator || !isFieldName(field)) return null
  if (right === 'true' || right === 'false') {
    if (operator !== '==' && operator !== '!=') return null
    return {
      field,
      operator: (right === 'true') === (operator === '==') ? 'checked' : 'unchecked',
      value: '',
      numeric: false,
    }
  }
  if (NUMBER.test(right)) return { field, operator, value: right, numeric: true }
  const literal = unquote(right)
  if (literal === null || (operator !== '==' && operator !== '!=')) return null
  return { field, operator, value: literal, numeric: false }
}

/** The simple condition an expression states, or null for anything else (an advanced condition). */
export function parseExpression(body: string | undefined | null): SimpleCondition | null {
  const match = /^\s*\$\{([\s\S]*)\}\s*$/.exec(body ?? '')
  if (!match) return null
  const pieces = split(match[1] ?? '')
  if (!pieces) return null
  const rows: ConditionRow[] = []
  for (const piece of pieces.parts) {
    const row = parseRow(piece)
    if (!row) return null
    rows.push(row)
  }
  return { join: pieces.join, rows }
}
