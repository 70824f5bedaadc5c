import { describe, expect, it } from 'vitest'
import {
  buildExpression,
  operatorsFor,
  parseExpression,
  quote,
  type ConditionRow,
  type SimpleCondition,
} from './simpleCondition'

const row = (
  field: string,
  operator: ConditionRow['operator'],
  value = '',
  numeric = false,
): ConditionRow => ({ field, operator, value, numeric })
const one = (r: ConditionRow): SimpleCondition => ({ join: 'and', rows: [r] })

describe('buildExpression', () => {
  it('writes comparisons, checkboxes and emptiness', () => {
    expect(buildExpression(one(row('total', '>', '5000', true)))).toEqual({
      expression: '${total > 5000}',
    })
    expect(buildExpression(one(row('total', '<=', ' -12.5 ', true)))).toEqual({
      expression: '${total <= -12.5}',
    })
    expect(buildExpression(one(row('handoffDecision', '==', 'return')))).toEqual({
      expression: "${handoffDecision == 'return'}",
    })
    expect(buildExpression(one(row('receivedComplete', 'checked')))).toEqual({
      expression: '${receivedComplete == true}',
    })
    expect(buildExpression(one(row('receivedComplete', 'unchecked')))).toEqual({
      expression: '${receivedComplete == false}',
    })
    expect(buildExpression(one(row('notes', 'empty')))).toEqual({ expression: '${empty notes}' })
    expect(buildExpression(one(row('notes', 'notEmpty')))).toEqual({
      expression: '${not empty notes}',
    })
    expect(buildExpression(one(row('buyer.department', '!=', 'it')))).toEqual({
      expression: "${buyer.department != 'it'}",
    })
  })

  it('joins rows with and / or', () => {
    const condition: SimpleCondition = {
      join: 'or',
      rows: [row('days', '>', '3', true), row('leaveType', '==', 'sick')],
    }
    expect(buildExpression(condition)).toEqual({ expression: "${days > 3 or leaveType == 'sick'}" })
    expect(buildExpression({ ...condition, join: 'and' })).toEqual({
      expression: "${days > 3 and leaveType == 'sick'}",
    })
  })

  it('quotes texts, escaping quotes and backslashes, so a value cannot end the text', () => {
    expect(quote("it's")).toBe("'it\\'s'")
    expect(quote('a\\b')).toBe("'a\\\\b'")
    const unsafe = "'); java.lang.Runtime.getRuntime().exec('x"
    const result = buildExpression(one(row('reason', '==', unsafe)))
    expect(result).toEqual({
      expression: "${reason == '\\'); java.lang.Runtime.getRuntime().exec(\\'x'}",
    })
    expect(parseExpression((result as { expression: string }).expression)).toEqual(
      one(row('reason', '==', unsafe)),
    )
  })

  it('refuses numbers that are not numbers, unknown names and missing values', () => {
    expect(buildExpression(one(row('total', '>', '5千', true)))).toEqual({
      error: 'number',
      row: 0,
    })
    expect(buildExpression(one(row('total', '>', '5; x', true)))).toEqual({
      error: 'number',
      row: 0,
    })
    expect(buildExpression(one(row('total', '>', '', true)))).toEqual({ error: 'number', row: 0 })
    expect(buildExpression(one(row('total', '>', '1e9', true)))).toEqual({
      error: 'number',
      row: 0,
    })
    expect(buildExpression(one(row("a'); x('", '==', 'v')))).toEqual({ error: 'field', row: 0 })
    expect(buildExpression(one(row('empty', '==', 'v')))).toEqual({ error: 'field', row: 0 })
    expect(buildExpression(one(row('', 'empty')))).toEqual({ error: 'field', row: 0 })
    expect(buildExpression(one(row('reason', '>', 'abc')))).toEqual({ error: 'operator', row: 0 })
    expect(buildExpression(one(row('reason', '==', '')))).toEqual({ error: 'value', row: 0 })
    expect(
      buildExpression({
        join: 'and',
        rows: [row('days', '>', '3', true), row('x', '>', 'y', true)],
      }),
    ).toEqual({ error: 'number', row: 1 })
    expect(buildExpression({ join: 'and', rows: [] })).toEqual({ error: 'field', row: 0 })
  })
})

describe('parseExpression', () => {
  it('reads the conditions of the shipped processes', () => {
    expect(parseExpression('${days > 3}')).toEqual(one(row('days', '>', '3', true)))
    expect(parseExpression('${total > 5000}')).toEqual(one(row('total', '>', '5000', true)))
    expect(parseExpression("${handoffDecision == 'return'}")).toEqual(
      one(row('handoffDecision', '==', 'return')),
    )
  })

  it('reads JUEL spellings, double quotes and checkbox negations', () => {
    expect(parseExpression('  ${ total ge 10 }  ')).toEqual(one(row('total', '>=', '10', true)))
    expect(parseExpression('${x eq "a\\"b"}')).toEqual(one(row('x', '==', 'a"b')))
    expect(parseExpression('${done != true}')).toEqual(one(row('done', 'unchecked')))
    expect(parseExpression('${done != false}')).toEqual(one(row('done', 'checked')))
    expect(parseExpression('${!empty notes}')).toEqual(one(row('notes', 'notEmpty')))
    expect(parseExpression("${a > 1 && b == 'x and y'}")).toEqual({
      join: 'and',
      rows: [row('a', '>', '1', true), row('b', '==', 'x and y')],
    })
  })

  it('leaves everything else to the advanced view', () => {
    for (const body of [
      '',
      'days > 3',
      '${a > 1 and b < 2 or c == 3}',
      '${(a > 1)}',
      '${a > b}',
      "${a > 'x'}",
      '${a ? 1 : 2}',
      '${x.call()}',
      '${a + 1 > 2}',
      '${empty}',
      "${a == 'open}",
      '${a} and ${b}',
      '#{a > 1}',
      '${true}',
      '${a > true}',
    ]) {
      expect(parseExpression(body), body).toBeNull()
    }
  })

  it('round-trips every operator', () => {
    const conditions: SimpleCondition[] = [
      ...(['==', '!=', '>', '>=', '<', '<='] as const).map((operator) =>
        one(row('amount', operator, '7.25', true)),
      ),
      ...(['==', '!='] as const).map((operator) =>
        one(row('kind', operator, "O'Brien \\ and ${x}")),
      ),
      ...(['checked', 'unchecked', 'empty', 'notEmpty'] as const).map((operator) =>
        one(row('flag', operator)),
      ),
      { join: 'or', rows: [row('a', 'empty'), row('b', '<', '0', true), row('c', '==', 'or')] },
    ]
    for (const condition of conditions) {
      const built = buildExpression(condition) as { expression: string }
      expect(parseExpression(built.expression), built.expression).toEqual(condition)
    }
  })
})

describe('operatorsFor', () => {
  it('offers operators by field type', () => {
    expect(operatorsFor('number')).toEqual(['==', '!=', '>', '>=', '<', '<=', 'empty', 'notEmpty'])
    expect(operatorsFor('select')).toEqual(['==', '!=', 'empty', 'notEmpty'])
    expect(operatorsFor('checkbox')).toEqual(['checked', 'unchecked'])
    expect(operatorsFor('datetime')).toEqual(['empty', 'notEmpty'])
  })
})
