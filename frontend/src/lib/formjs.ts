// The form-js viewer, loaded on demand: only pages that show a form pay for it.
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css'
import flatpickr from 'flatpickr'
import { Mandarin } from 'flatpickr/dist/l10n/zh.js'
import { Form } from '@bpmn-io/form-js-viewer'

export { Form }

// On a phone flatpickr would swap form-js's date input for a native <input type="date">: the
// field then shows two calendar icons, its label points at a hidden input, and form-js's own
// open/close handlers fail (they reach for flatpickr's calendar, which a native input has not).
// form-js's calendar is used everywhere instead; Baton's CSS fits it on a phone.
flatpickr.setDefaults({ disableMobile: true })

/** form-js's date picker (flatpickr) speaks the UI language (English again after Chinese too). */
export function localizeDatePicker(lang: string) {
  flatpickr.localize(lang.startsWith('zh') ? Mandarin : flatpickr.l10ns.en!)
}
