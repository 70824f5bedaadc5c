import { describe, expect, it } from 'vitest'
import { installFormJsTranslation, translateFormJsText } from './formjsI18n'

describe('translateFormJsText', () => {
  it('translates form-js validation messages into Chinese', () => {
    expect(translateFormJsText('Field is required.', 'zh-CN')).toBe('此项为必填项。')
    expect(translateFormJsText('Field must have maximum length of 100.', 'zh-CN')).toBe(
      '长度不能超过 100 个字符。',
    )
    expect(translateFormJsText('Field must have minimum value of 0.01.', 'zh-CN')).toBe(
      '不能小于 0.01。',
    )
    expect(
      translateFormJsText('Value is expected to have at most 2 decimal digits.', 'zh-CN'),
    ).toBe('最多保留 2 位小数。')
    expect(translateFormJsText('Expand all (3)', 'zh-CN')).toBe('全部展开（3）')
    expect(translateFormJsText('Remove list item 2', 'zh-CN')).toBe('删除第 2 行')
    expect(
      translateFormJsText(
        'Please select a valid value, the two nearest valid values are 2 and 2.5.',
        'zh-CN',
      ),
    ).toBe('请输入有效的值，最接近的有效值是 2 和 2.5。')
  })

  it('leaves English alone and never touches content such as labels', () => {
    expect(translateFormJsText('Field is required.', 'en-US')).toBe('Field is required.')
    expect(translateFormJsText('标题 / Title', 'zh-CN')).toBe('标题 / Title')
    expect(translateFormJsText('Search for suppliers', 'zh-CN')).toBe('Search for suppliers')
  })
})

describe('installFormJsTranslation', () => {
  it('translates what form-js renders later, text and aria labels', async () => {
    const container = document.createElement('div')
    container.innerHTML = '<button aria-label="Increment"></button>'
    document.body.appendChild(container)
    const stop = installFormJsTranslation(container, 'zh-CN')
    expect(container.querySelector('button')!.getAttribute('aria-label')).toBe('增加')

    const error = document.createElement('div')
    error.className = 'fjs-form-field-error'
    error.textContent = 'Field is required.'
    container.appendChild(error)
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(error.textContent).toBe('此项为必填项。')
    stop()
  })
})
