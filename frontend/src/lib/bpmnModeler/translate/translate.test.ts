import { describe, expect, it } from 'vitest'
import { modelerTranslate } from './translate'
import { lintMessageZh } from './lintZh'

describe('the modeler translate service', () => {
  it('translates palette, context pad, panel and Baton texts into Chinese', () => {
    const zh = modelerTranslate('zh-CN')
    expect(zh('Create task')).toBe('添加任务')
    expect(zh('Append task')).toBe('追加审批/办理步骤')
    expect(zh('User task')).toBe('审批/办理步骤')
    expect(zh('User Task')).toBe('审批/办理步骤')
    expect(zh('Exclusive Gateway')).toBe('条件分支')
    expect(zh('General')).toBe('常规')
    expect(zh('Approvers')).toBe('审批人')
  })

  it('fills placeholders in both languages', () => {
    expect(modelerTranslate('zh-CN')('Remove {name}', { name: '李娜' })).toBe('移除 李娜')
    expect(modelerTranslate('en-US')('Remove {name}', { name: 'Li Na' })).toBe('Remove Li Na')
    expect(modelerTranslate('zh-CN')('more than {count} child lanes', { count: 3 })).toBe(
      '子泳道多于 3 条',
    )
    expect(modelerTranslate('en-US')('Open {element}', {})).toBe('Open {element}')
  })

  it('says BPMN jargon in plain English', () => {
    const en = modelerTranslate('en-US')
    expect(en('User Task')).toBe('Approval or work step')
    expect(en('Exclusive Gateway')).toBe('Decision')
    expect(en('Change element')).toBe('Change type')
  })

  it('passes English and unknown texts through', () => {
    expect(modelerTranslate('en-US')('Create task')).toBe('Create task')
    expect(modelerTranslate('zh-CN')('Something new in bpmn-js')).toBe('Something new in bpmn-js')
  })

  it('translates lint messages by their shape', () => {
    const zh = modelerTranslate('zh-CN')
    expect(zh('A <User Task> must have a defined <Form>')).toBe('“用户任务”必须设置“表单”')
    expect(
      zh(
        'An <Exclusive Gateway> with <Multi-instance marker> must have a defined <Input collection>',
      ),
    ).toBe('设置了“多实例标记”的“排他网关”必须设置“输入集合”')
    expect(zh('Element is not connected')).toBe('元素没有连线')
    expect(zh('A <Script Task> is not supported by Camunda Platform 7.24')).toBe(
      'Camunda Platform 7.24 不支持“脚本任务”',
    )
    expect(lintMessageZh('A <Wormhole> must have a defined <Exit>')).toBe(
      '“Wormhole”必须设置“Exit”',
    )
    expect(
      zh('Property <historyTimeToLive> should be configured on <bpmn:Process> or engine level.'),
    ).toBe('应在“流程”或引擎上设置“历史保留时长”。')
    expect(
      zh(
        'A <Sequence Flow> must have a defined <Condition expression> or be the default <Sequence Flow>',
      ),
    ).toBe('“顺序流”必须设置“条件表达式”，或设为默认“顺序流”')
    expect(lintMessageZh('Totally unknown')).toBeNull()
  })
})
