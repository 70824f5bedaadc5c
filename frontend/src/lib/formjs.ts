// The form-js viewer, loaded on demand: only pages that show a form pay for it.
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css'
import flatpickr from 'flatpickr'
import { Mandarin } from 'flatpickr/dist/l10n/zh.js'
import { Form } from '@bpmn-io/form-js-viewer'

export { Form }

/** form-js's date picker (flatpickr) speaks the UI language. */
export function localizeDatePicker(lang: string) {
  flatpickr.localize(lang.startsWith('zh') ? Mandarin : flatpickr.l10ns.default)
}
