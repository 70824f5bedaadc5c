// Baton's additions to the camunda-platform modeler's properties panel (a bpmn-js DI module).
import BatonPropertiesProvider from './BatonPropertiesProvider'
import HiddenGroups from './HiddenGroups'
import SafeElementTypes from './SafeElementTypes'

export default {
  __init__: ['batonPropertiesProvider', 'batonHiddenGroups', 'batonSafeElementTypes'],
  batonPropertiesProvider: ['type', BatonPropertiesProvider],
  batonHiddenGroups: ['type', HiddenGroups],
  batonSafeElementTypes: ['type', SafeElementTypes],
}
