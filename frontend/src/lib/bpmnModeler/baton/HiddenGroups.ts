// Hides what Baton's safety policy refuses anyway (code, scripts, listeners, connectors,
// generated forms), what Baton's own groups replace (assignment, forms, raw extension
// properties, the multi-instance of approval steps, typed conditions of a gateway's flows), and engine settings business staff do
// not need. See docs/safety-policy.md.
import { isGatewayFlow } from './condition/flowCondition'
import { businessObject, is, type Moddle, type Shape } from './moddle'

const HIDDEN = new Set([
  'CamundaPlatform__Implementation',
  'CamundaPlatform__ExternalTask',
  'CamundaPlatform__Script',
  'CamundaPlatform__TaskListener',
  'CamundaPlatform__ExecutionListener',
  'CamundaPlatform__ConnectorInput',
  'CamundaPlatform__ConnectorOutput',
  'CamundaPlatform__FieldInjection',
  'CamundaPlatform__FormData',
  'CamundaPlatform__Form',
  'CamundaPlatform__UserAssignment',
  'CamundaPlatform__ExtensionProperties',
  'CamundaPlatform__Input',
  'CamundaPlatform__Output',
  'CamundaPlatform__JobExecution',
  'CamundaPlatform__AsynchronousContinuations',
  'CamundaPlatform__StartInitiator',
  'CamundaPlatform__Tasklist',
  'CamundaPlatform__CandidateStarter',
  'CamundaPlatform__BusinessKey',
  'CamundaPlatform__HistoryCleanup',
  'ElementTemplates__Template',
])

/** Entries of kept groups that would write code or scripts. */
const HIDDEN_ENTRIES = new Set([
  'conditionScriptType',
  'conditionScriptLanguage',
  'conditionScriptValue',
  'conditionScriptResource',
])

interface Group {
  id: string
  entries?: { id: string }[]
}

export default class HiddenGroups {
  static $inject = ['propertiesPanel']

  constructor(propertiesPanel: Moddle) {
    propertiesPanel.registerProvider(100, this)
  }

  getGroups(element: Shape) {
    return (groups: Group[]) => {
      const approvalStep = is(businessObject(element), 'bpmn:UserTask')
      // a gateway's flows get their conditions from Baton's condition builder, not typed JUEL
      const gatewayFlow = isGatewayFlow(element)
      return groups
        .filter((group) => !HIDDEN.has(group.id) && !(approvalStep && group.id === 'multiInstance'))
        .filter((group) => !(gatewayFlow && group.id === 'CamundaPlatform__Condition'))
        .map((group) =>
          group.entries
            ? { ...group, entries: group.entries.filter((entry) => !HIDDEN_ENTRIES.has(entry.id)) }
            : group,
        )
    }
  }
}
