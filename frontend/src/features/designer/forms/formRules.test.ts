import { describe, expect, it } from 'vitest'
import { copySchema, formIdProblem, formLabel, formTitle, unsupportedComponents } from './formRules'
import { newForm } from './formTemplates'

describe('formIdProblem', () => {
  it('accepts the ids the server accepts', () => {
    expect(formIdProblem('leave-request-start', [])).toBeNull()
    expect(formIdProblem('A', [])).toBeNull()
    expect(formIdProblem('form_1.v2', [])).toBeNull()
    expect(formIdProblem('x'.repeat(100), [])).toBeNull()
  })

  it('names what is wrong', () => {
    expect(formIdProblem('', [])).toBe('required')
    expect(formIdProblem('   ', [])).toBe('required')
    expect(formIdProblem('-start', [])).toBe('pattern')
    expect(formIdProblem('表单', [])).toBe('pattern')
    expect(formIdProblem('a b', [])).toBe('pattern')
    expect(formIdProblem('x'.repeat(101), [])).toBe('pattern')
    expect(formIdProblem('leave-request-start', ['leave-request-start'])).toBe('taken')
  })
})

describe('unsupportedComponents', () => {
  it('finds components Baton cannot render or validate, also inside groups and lists', () => {
    const schema = {
      components: [
        { type: 'textfield', id: 'Field_title', key: 'title', label: '标题 / Title' },
        { type: 'filepicker', id: 'Field_files', key: 'files', label: '附件 / Attachments' },
        {
          type: 'group',
          id: 'Field_group',
          components: [
            { type: 'html', id: 'Field_html' },
            {
              type: 'dynamiclist',
              id: 'Field_list',
              path: 'items',
              components: [{ type: 'button', id: 'Field_go', label: 'Go' }],
            },
          ],
        },
        { type: 'separator', id: 'Field_sep' },
      ],
    }
    expect(unsupportedComponents(schema)).toEqual([
      { type: 'filepicker', id: 'Field_files', label: '附件 / Attachments' },
      { type: 'html', id: 'Field_html', label: 'Field_html' },
      { type: 'button', id: 'Field_go', label: 'Go' },
    ])
  })

  it('has nothing to say about a new form or a broken schema', () => {
    expect(unsupportedComponents(newForm('p-start').schema)).toEqual([])
    expect(unsupportedComponents(null)).toEqual([])
    expect(unsupportedComponents({ components: 'nonsense' })).toEqual([])
  })
})

describe('formTitle and formLabel', () => {
  const schema = {
    components: [
      { type: 'textfield', key: 'x' },
      { type: 'text', text: '### 请假申请 / Leave request\n\n直属上级审批。' },
    ],
  }

  it('reads the heading of the first text', () => {
    expect(formTitle(schema)).toBe('请假申请 / Leave request')
    expect(formTitle({ components: [{ type: 'text', text: '**Note** only' }] })).toBe('Note only')
    expect(formTitle({ components: [{ type: 'text', text: '=concat("a")' }] })).toBeNull()
    expect(formTitle({ components: [] })).toBeNull()
  })

  it('names a form by id and title', () => {
    expect(formLabel({ id: 'leave-request-start', schema })).toBe(
      'leave-request-start — 请假申请 / Leave request',
    )
    expect(formLabel({ id: 'p-start', schema: {} })).toBe('p-start')
  })
})

describe('copySchema', () => {
  it('copies deeply under the new id', () => {
    const original = { id: 'a', components: [{ type: 'textfield', key: 'k' }] }
    const copy = copySchema(original, 'b')
    expect(copy.id).toBe('b')
    ;(copy.components as { key: string }[])[0]!.key = 'changed'
    expect(original.components[0]!.key).toBe('k')
  })
})
