import { describe, expect, it } from 'vitest'
import { businessEntries, businessName } from './BusinessElements'
import { contextPadEntries, paletteEntries } from './BusinessPalette'
import { basicGroups } from './AdvancedFields'
import { modelerTranslate } from '../translate/translate'

const zh = modelerTranslate('zh-CN')

describe('the change-type, create and append menus', () => {
  it('offer only the business types, named and described in plain Chinese', () => {
    // given bpmn-js's entries for a task, with camunda-bpmn-js's English descriptions
    const entries = Object.fromEntries(
      [
        'task',
        'user-task',
        'service-task',
        'send-task',
        'receive-task',
        'manual-task',
        'rule-task',
        'script-task',
        'call-activity',
        'collapsed-subprocess',
      ].map((type) => [
        `replace-with-${type}`,
        { label: type, description: 'Work that needs to be done by a person' },
      ]),
    )
    // when Baton filters them
    const shown = businessEntries(entries, zh)
    // then only the approval or work step is left, in plain words
    expect(Object.keys(shown)).toEqual(['replace-with-user-task'])
    expect(shown['replace-with-user-task']).toMatchObject({
      label: '审批/办理步骤',
      description: '由一人或几人审批申请或办理一项工作，需要时可带表单',
    })
  })

  it('keep groups with business entries and drop the others', () => {
    const entries = {
      'create-group-tasks': {
        label: 'Tasks',
        entries: { 'create-user-task': { label: 'User task' }, 'create-script-task': {} },
      },
      'create-group-events': { label: 'Events', entries: { 'create-message-start': {} } },
      'create-exclusive-gateway': { label: 'Exclusive gateway' },
    }
    const shown = businessEntries(entries, modelerTranslate('en-US'))
    expect(Object.keys(shown)).toEqual(['create-group-tasks', 'create-exclusive-gateway'])
    expect(Object.keys(shown['create-group-tasks']!.entries!)).toEqual(['create-user-task'])
    expect(shown['create-exclusive-gateway']!.label).toBe('Decision')
  })

  it('know the names bpmn-js gives the same element in different menus', () => {
    expect(businessName('replace-with-none-start')).toBe('none-start')
    expect(businessName('create-none-end-event')).toBe('none-end')
    expect(businessName('replace-with-default-flow')).toBe('default-flow')
    expect(businessName('replace-with-rule-task')).toBeNull()
    expect(businessName('replace-with-call-activity')).toBeNull()
  })
})

describe('the palette', () => {
  const services = {
    create: { start: () => undefined },
    elementFactory: { createShape: (attrs: { type: string }) => attrs },
    autoPlace: null,
    translate: zh,
  }

  it('lists the tools, then the business elements with visible Chinese names', () => {
    const original = Object.fromEntries(
      [
        'hand-tool',
        'lasso-tool',
        'space-tool',
        'global-connect-tool',
        'create.start-event',
        'create.task',
        'create.data-object',
        'create.participant-expanded',
        'create',
      ].map((id) => [id, { title: id }]),
    )
    const entries = paletteEntries(original, services)
    expect(Object.keys(entries)).toEqual([
      'hand-tool',
      'lasso-tool',
      'space-tool',
      'global-connect-tool',
      'tool-separator',
      'create.user-task',
      'create.exclusive-gateway',
      'create.parallel-gateway',
      'create.none-start',
      'create.none-end',
    ])
    expect(entries['create.user-task']!.html).toContain('>审批/办理步骤</span>')
    expect(entries['create.user-task']!.title).toBe('添加审批/办理步骤')
  })

  it('appends approval steps, decisions, parallel branches and ends from an element', () => {
    const original = Object.fromEntries(
      [
        'append.end-event',
        'append.gateway',
        'append.append-task',
        'append.intermediate-event',
        'append.text-annotation',
        'append',
        'replace',
        'delete',
        'connect',
      ].map((id) => [id, { title: id }]),
    )
    const entries = contextPadEntries(original, services)
    expect(Object.keys(entries)).toEqual([
      'append.end-event',
      'append.gateway',
      'append.parallel-gateway',
      'append.append-task',
      'append.text-annotation',
      'replace',
      'delete',
      'connect',
    ])
    expect(entries['append.append-task']!.title).toBe('追加审批/办理步骤')
    expect(entries['append.append-task']!.className).toBe('bpmn-icon-user-task')
  })
})

describe('the properties panel outside advanced mode', () => {
  it('leaves out ids, version tags and typed conditions', () => {
    const groups = [
      { id: 'general', entries: [{ id: 'name' }, { id: 'id' }, { id: 'batonNameEn' }] },
      { id: 'CamundaPlatform__Condition', entries: [{ id: 'conditionExpression' }] },
      { id: 'CamundaPlatform__VersionTag', entries: [{ id: 'versionTag' }] },
      { id: 'documentation', entries: [{ id: 'documentation' }] },
    ]
    expect(basicGroups(groups)).toEqual([
      { id: 'general', entries: [{ id: 'name' }, { id: 'batonNameEn' }] },
      { id: 'documentation', entries: [{ id: 'documentation' }] },
    ])
  })
})
