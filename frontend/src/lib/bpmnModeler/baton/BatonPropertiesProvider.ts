// Adds Baton's groups to the properties panel: "Approvers" on user tasks, the form of a step, its
// deadline with reminders and escalation, the condition of a gateway's flows, and the English
// name next to the name of every named element.
import { approverEntries } from './entries/approverEntries'
import { ConditionBuilderEntry, DefaultFlowEntry } from './entries/conditionEntries'
import { isDefaultFlow, isGatewayFlow } from './condition/flowCondition'
import { deadlineEntries } from './entries/deadlineEntries'
import { EnglishNameEntry, FormEntry, NewFormEntry } from './entries/stepEntries'
import { businessObject, is, type Moddle, type Shape } from './moddle'

interface Group {
  id: string
  label: string
  entries: { id: string; component: unknown; element?: Shape }[]
}

const NAMED = ['bpmn:Process', 'bpmn:Participant', 'bpmn:FlowNode', 'bpmn:SequenceFlow']

export default class BatonPropertiesProvider {
  static $inject = ['propertiesPanel', 'translate']

  private readonly translate: (text: string) => string

  constructor(propertiesPanel: Moddle, translate: (text: string) => string) {
    this.translate = translate
    propertiesPanel.registerProvider(300, this)
  }

  getGroups(element: Shape) {
    return (groups: Group[]) => {
      const bo = businessObject(element)
      const general = groups.find((group) => group.id === 'general')
      if (general && NAMED.some((type) => is(bo, type))) {
        const at = general.entries.findIndex(
          (entry) => entry.id === 'name' || entry.id === 'processName',
        )
        general.entries.splice(at < 0 ? 1 : at + 1, 0, {
          id: 'batonNameEn',
          component: EnglishNameEntry,
          element,
        })
      }
      const added: Group[] = []
      if (is(bo, 'bpmn:UserTask')) {
        added.push({
          id: 'baton-approvers',
          label: this.translate('Approvers'),
          entries: approverEntries(element),
        })
      }
      const blankStart =
        is(bo, 'bpmn:StartEvent') &&
        !bo.get('eventDefinitions')?.length &&
        !is(bo.$parent, 'bpmn:SubProcess')
      if (is(bo, 'bpmn:UserTask') || blankStart) {
        const entries: Group['entries'] = [
          { id: 'batonForm', component: FormEntry, element },
          { id: 'batonNewForm', component: NewFormEntry, element },
        ]
        added.push({
          id: 'baton-step',
          label: this.translate(is(bo, 'bpmn:UserTask') ? 'Form of the step' : 'Start form'),
          entries,
        })
        if (is(bo, 'bpmn:UserTask'))
          added.push({
            id: 'baton-deadline',
            label: this.translate('Deadline and reminders'),
            entries: deadlineEntries(element),
          })
      }
      if (isGatewayFlow(element)) {
        const entries: Group['entries'] = [
          { id: 'batonDefaultFlow', component: DefaultFlowEntry, element },
        ]
        if (!isDefaultFlow(element))
          entries.push({ id: 'batonCondition', component: ConditionBuilderEntry, element })
        added.push({ id: 'baton-condition', label: this.translate('Condition'), entries })
      }
      const at = general ? groups.indexOf(general) + 1 : 0
      groups.splice(at, 0, ...added)
      return groups
    }
  }
}
