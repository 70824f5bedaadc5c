// Entries every step may have: its form and its English name.
import { h } from '@bpmn-io/properties-panel/preact'
import { SelectEntry, TextFieldEntry } from '@bpmn-io/properties-panel'
import { useService } from 'bpmn-js-properties-panel'
import { newForm, newFormNames, suggestFormId } from '@/features/designer/forms/formTemplates'
import { formTitle } from '@/features/designer/forms/formRules'
import type { BatonContext } from '../context'
import {
  businessObject,
  camundaProperties,
  execute,
  is,
  setCamundaProperties,
  updateModdle,
  type Moddle,
  type Shape,
} from '../moddle'

function linkForm(commandStack: Moddle, element: Shape, formRef: string | undefined) {
  // camunda-bpmn-js's forms behavior drops camunda:formKey when camunda:formRef is set (and would
  // drop the formRef if formKey were named here at all)
  execute(commandStack, [
    updateModdle(element, businessObject(element), {
      'camunda:formRef': formRef,
      'camunda:formRefBinding': formRef ? 'deployment' : undefined,
    }),
  ])
}

export function FormEntry({ element, id }: { element: Shape; id: string }) {
  const translate = useService('translate')
  const commandStack = useService('commandStack')
  const context: BatonContext = useService('batonContext')
  const bo = businessObject(element)
  return h(SelectEntry, {
    element,
    id,
    label: translate('Form of this step'),
    description: translate(
      is(bo, 'bpmn:UserTask')
        ? 'Optional: without a form, the approver sees the request and approves, rejects or returns it with a comment. Design forms in the Forms tab.'
        : 'Design the form in the Forms tab.',
    ),
    getValue: () => bo.get('camunda:formRef') ?? '',
    setValue: (value: string) => linkForm(commandStack, element, value || undefined),
    getOptions: () => {
      const current = bo.get('camunda:formRef')
      const forms = context.forms()
      const ids = forms.map((form) => form.id)
      if (current && !ids.includes(current)) ids.push(current)
      // forms by their title; their ids (what the BPMN links) in advanced mode
      const label = (formId: string) => {
        const title = formTitle(forms.find((form) => form.id === formId)?.schema)
        if (!title) return formId
        return context.advanced() ? `${title} (${formId})` : title
      }
      return [
        { value: '', label: translate('<no form>') },
        ...ids.map((formId) => ({ value: formId, label: label(formId) })),
      ]
    },
  })
}

/** Creates an empty form for the step, named after the process and the step, and links it. */
export function NewFormEntry({ element, id }: { element: Shape; id: string }) {
  const translate = useService('translate')
  const commandStack = useService('commandStack')
  const context: BatonContext = useService('batonContext')
  const create = async () => {
    const bo = businessObject(element)
    const { title, words } = await newFormNames(
      context.processName(),
      {
        start: is(bo, 'bpmn:StartEvent'),
        name: (bo.get('name') ?? '').trim(),
        nameEn: camundaProperties(element)['baton.name.en'] ?? '',
      },
      translate('Approval or work step'),
    )
    const taken = context.forms().map((form) => form.id)
    const form = newForm(suggestFormId(context.processKey, words, taken), title)
    context.addForm(form)
    linkForm(commandStack, element, form.id)
  }
  return h(
    'div',
    { class: 'bio-properties-panel-entry', 'data-entry-id': id },
    h(
      'button',
      { type: 'button', class: 'baton-new-form', onClick: create },
      translate('+ New form'),
    ),
  )
}

export function EnglishNameEntry({ element, id }: { element: Shape; id: string }) {
  const translate = useService('translate')
  const commandStack = useService('commandStack')
  const bpmnFactory = useService('bpmnFactory')
  const debounce = useService('debounceInput')
  return h(TextFieldEntry, {
    element,
    id,
    label: translate('English name'),
    debounce,
    getValue: () => camundaProperties(element)['baton.name.en'] ?? '',
    setValue: (value: string) =>
      execute(
        commandStack,
        setCamundaProperties(
          element,
          { 'baton.name.en': (value ?? '').trim() || null },
          bpmnFactory,
        ),
      ),
  })
}
