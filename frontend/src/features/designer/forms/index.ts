// What the rest of the designer uses from the form designer.
export { default as FormsPanel } from './FormsPanel.vue'
export { newForm, suggestFormId, SUPPORTED_COMPONENTS } from './formTemplates'
export {
  formIdProblem,
  formLabel,
  formTitle,
  unsupportedComponents,
  FORM_ID_PATTERN,
} from './formRules'
