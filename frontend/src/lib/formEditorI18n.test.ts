import { describe, expect, it } from 'vitest'
import {
  componentName,
  installFormEditorTranslation,
  translateFormEditorText,
} from './formEditorI18n'
import { COMPONENT_NAMES_ZH, EDITOR_TEXTS_ZH } from './formEditorTexts'
import editorSource from '../../node_modules/@bpmn-io/form-js-editor/dist/index.es.js?raw'

describe('translateFormEditorText', () => {
  it('translates palette, properties panel and messages into Chinese', () => {
    expect(translateFormEditorText('Search components', 'zh-CN')).toBe('搜索组件')
    expect(translateFormEditorText('  Field label ', 'zh-CN')).toBe('  字段标题 ')
    expect(translateFormEditorText('Must be unique.', 'zh-CN')).toBe('不能与其他字段重复。')
    expect(translateFormEditorText('Create a 单行文本 element', 'zh-CN')).toBe('添加“单行文本”')
    expect(translateFormEditorText('Should be at least 0.5.', 'zh-CN')).toBe('不能小于 0.5。')
    expect(translateFormEditorText('List contains 3 items', 'zh-CN')).toBe('共 3 项')
    // the viewer's texts shown in the canvas too
    expect(translateFormEditorText('Remove list item 2', 'zh-CN')).toBe('删除第 2 行')
  })

  it('matches texts whatever their line breaks', () => {
    const tooltip =
      '"Static" defines a constant, predefined set of form options.\n\n"Input data" defines options that are populated dynamically, adjusting based on variable data for flexible responses to different conditions or inputs.\n\n"Expression" defines options that are populated from a FEEL expression.'
    expect(translateFormEditorText(tooltip, 'zh-CN')).toContain('固定选项')
  })

  it('passes English through and leaves unknown text alone', () => {
    expect(translateFormEditorText('Search components', 'en-US')).toBe('Search components')
    expect(translateFormEditorText('请假事由 / Reason', 'zh-CN')).toBe('请假事由 / Reason')
    expect(translateFormEditorText('Supplier name', 'zh-CN')).toBe('Supplier name')
  })

  it('knows only texts form-js 1.23 really has', () => {
    const source = editorSource.replace(/\s+/g, ' ')
    const composed = new Set([
      'Click to set a dynamic value with FEEL expression',
      'Click to remove dynamic value with FEEL expression',
      '"Static" defines a constant, predefined set of form options. "Input data" defines options that are populated dynamically, adjusting based on variable data for flexible responses to different conditions or inputs. "Expression" defines options that are populated from a FEEL expression.',
      'Use a unique "key" to link the form element and the related input/output data. When dealing with nested data, break it down in the user task\'s input mapping before using it.',
      'Date & Time',
      'UTC offset',
      'UTC normalized',
      'No timezone',
    ])
    const missing = Object.keys(EDITOR_TEXTS_ZH).filter(
      (text) => !composed.has(text) && !source.includes(text),
    )
    expect(missing).toEqual([])
  })
})

describe('componentName', () => {
  it('names every component in Chinese, and keeps form-js names in English', () => {
    expect(componentName('textfield', 'Text field', 'zh-CN')).toBe('单行文本')
    expect(componentName('textfield', 'Text field', 'en-US')).toBe('Text field')
    expect(componentName('custom-thing', 'Custom thing', 'zh-CN')).toBe('Custom thing')
    expect(Object.keys(COMPONENT_NAMES_ZH)).toContain('documentPreview')
  })
})

describe('installFormEditorTranslation', () => {
  it('translates the editor as it renders, but never the designer’s content', async () => {
    const container = document.createElement('div')
    container.innerHTML = `
      <div class="bio-properties-panel-group-header-title">General</div>
      <div class="bio-properties-panel-header-label">Required</div>
      <label class="fjs-form-field-label">Key</label>
      <div class="cm-editor"><div class="cm-content">Value</div></div>
      <input placeholder="Search components">`
    document.body.appendChild(container)
    const stop = installFormEditorTranslation(container, 'zh-CN')
    expect(container.querySelector('.bio-properties-panel-group-header-title')!.textContent).toBe(
      '常规',
    )
    expect(container.querySelector('input')!.getAttribute('placeholder')).toBe('搜索组件')
    expect(container.querySelector('.bio-properties-panel-header-label')!.textContent).toBe(
      'Required',
    )
    expect(container.querySelector('.fjs-form-field-label')!.textContent).toBe('Key')
    expect(container.querySelector('.cm-content')!.textContent).toBe('Value')

    const added = document.createElement('span')
    added.textContent = 'Must not be empty.'
    container.appendChild(added)
    const inContent = document.createElement('span')
    inContent.textContent = 'Label'
    container.querySelector('.fjs-form-field-label')!.appendChild(inContent)
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(added.textContent).toBe('不能为空。')
    expect(inContent.textContent).toBe('Label')

    added.firstChild!.nodeValue = 'Must be unique.'
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(added.textContent).toBe('不能与其他字段重复。')
    stop()
    container.remove()
  })

  it('does nothing in English', () => {
    const container = document.createElement('div')
    container.innerHTML = '<span>General</span>'
    installFormEditorTranslation(container, 'en-US')()
    expect(container.textContent).toBe('General')
  })
})
