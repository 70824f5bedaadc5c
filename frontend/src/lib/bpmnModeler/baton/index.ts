// Baton's additions to the camunda-platform modeler's properties panel (a bpmn-js DI module).
import BatonPropertiesProvider from './BatonPropertiesProvider'
import HiddenGroups from './HiddenGroups'

export default {
  __init__: ['batonPropertiesProvider', 'batonHiddenGroups'],
  batonPropertiesProvider: ['type', BatonPropertiesProvider],
  batonHiddenGroups: ['type', HiddenGroups],
}
