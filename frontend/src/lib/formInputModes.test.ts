import { describe, expect, it } from 'vitest'
import { fieldIdOf, inputModeFor, installInputModes, numberFields } from './formInputModes'

const schema = {
  id: 'purchase',
  components: [
    { id: 'Field_days', key: 'days', type: 'number', decimalDigits: 1 },
    { id: 'Field_count', key: 'count', type: 'number', decimalDigits: 0 },
    {
      id: 'Field_items',
      type: 'dynamiclist',
      components: [{ id: 'Field_price', key: 'price', type: 'number' }],
    },
    { id: 'Field_title', key: 'title', type: 'textfield' },
  ],
}

describe('inputModeFor', () => {
  it('opens the decimal keyboard unless the field allows no decimals', () => {
    expect(inputModeFor({ decimalDigits: 2 })).toBe('decimal')
    expect(inputModeFor({})).toBe('decimal')
    expect(inputModeFor({ decimalDigits: 0 })).toBe('numeric')
  })
})

describe('numberFields and fieldIdOf', () => {
  it('finds the number fields, nested ones too, and the field an input id belongs to', () => {
    expect([...numberFields(schema).keys()]).toEqual(['Field_days', 'Field_count', 'Field_price'])
    const ids = ['price', 'unit-price', 'Field_days']
    expect(fieldIdOf('fjs-form-abc-Field_days', ids)).toBe('Field_days')
    expect(fieldIdOf('fjs-form-abc-unit-price_0_2', ids)).toBe('unit-price')
    expect(fieldIdOf('fjs-form-abc-price_1', ids)).toBe('price')
    expect(fieldIdOf('fjs-form-abc-Field_days-date', ids)).toBeNull()
  })
})

describe('installInputModes', () => {
  it('sets the keyboard of every number input, also of rows added later', async () => {
    const container = document.createElement('div')
    container.innerHTML = `
      <div class="fjs-form-field fjs-form-field-number"><input id="fjs-form-x-Field_days"></div>
      <div class="fjs-form-field fjs-form-field-number"><input id="fjs-form-x-Field_count"></div>
      <div class="fjs-form-field fjs-form-field-textfield"><input id="fjs-form-x-Field_title"></div>`
    document.body.appendChild(container)
    const stop = installInputModes(container, schema)
    expect(container.querySelector('#fjs-form-x-Field_days')!.getAttribute('inputmode')).toBe(
      'decimal',
    )
    expect(container.querySelector('#fjs-form-x-Field_count')!.getAttribute('inputmode')).toBe(
      'numeric',
    )
    expect(container.querySelector('#fjs-form-x-Field_title')!.hasAttribute('inputmode')).toBe(
      false,
    )
    const row = document.createElement('div')
    row.className = 'fjs-form-field fjs-form-field-number'
    row.innerHTML = '<input id="fjs-form-x-Field_price_1">'
    container.appendChild(row)
    await new Promise((resolve) => setTimeout(resolve))
    expect(row.querySelector('input')!.getAttribute('inputmode')).toBe('decimal')
    stop()
    container.remove()
  })
})
