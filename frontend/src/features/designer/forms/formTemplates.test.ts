import { describe, expect, it } from 'vitest'
import { newForm, newFormNames, suggestFormId } from './formTemplates'
import { formTitle } from './formRules'

describe('a new form for a step', () => {
  it('is named after the process and the step, with an id in plain ASCII', async () => {
    const names = await newFormNames(
      '报销申请',
      { start: false, name: '财务审批', nameEn: '' },
      '步骤',
    )
    expect(names.title).toBe('报销申请-财务审批')
    const form = newForm(suggestFormId('expense-claim', names.words, []), names.title)
    expect(form.id).toBe('expense-claim-cai-wu-shen-pi')
    expect(formTitle(form.schema)).toBe('报销申请-财务审批')
  })

  it('takes its id from the English name when the step has one', async () => {
    const names = await newFormNames(
      '报销申请',
      { start: false, name: '财务审批', nameEn: 'Finance approval' },
      '步骤',
    )
    expect(suggestFormId('expense-claim', names.words, [])).toBe('expense-claim-finance-approval')
  })

  it('names a start form after the process', async () => {
    expect(
      await newFormNames('报销申请', { start: true, name: '提交申请', nameEn: '' }, '步骤'),
    ).toEqual({
      title: '报销申请',
      words: 'start',
    })
  })
})
