import { describe, expect, it, vi } from 'vitest'
import { englishName, localizeElementNames, translateBpmn } from './bpmnI18n'

describe('translateBpmn', () => {
  it('translates bpmn-js texts into Chinese and fills in replacements', () => {
    expect(translateBpmn('zh-CN')('Open {element}', { element: '驳回' })).toBe('打开 驳回')
    expect(translateBpmn('en-US')('Open {element}', { element: 'Rejected' })).toBe('Open Rejected')
    expect(translateBpmn('zh-CN')('Unknown text')).toBe('Unknown text')
  })
})

describe('element names', () => {
  const bo = () => ({
    name: '财务审批',
    extensionElements: {
      values: [
        {
          $type: 'camunda:Properties',
          values: [{ name: 'baton.name.en', value: 'Finance approval' }],
        },
      ],
    },
  })

  it('reads the English name from baton.name.en', () => {
    expect(englishName(bo())).toBe('Finance approval')
    expect(englishName({ name: 'x' })).toBeNull()
  })

  it('shows English names in English and redraws the element and its label', () => {
    const label = { labelTarget: {} }
    const element = { businessObject: bo(), labels: [label] }
    const fire = vi.fn()
    const viewer = {
      get: (name: string) =>
        name === 'elementRegistry' ? { getAll: () => [element, label] } : { fire },
    } as never
    localizeElementNames(viewer, 'en-US')
    expect(element.businessObject.name).toBe('Finance approval')
    expect(fire).toHaveBeenCalledTimes(2)
    const zhElement = { businessObject: bo(), labels: [] }
    localizeElementNames({ get: () => ({ getAll: () => [zhElement], fire }) } as never, 'zh-CN')
    expect(zhElement.businessObject.name).toBe('财务审批')
  })
})
