// Baton's additions to the camunda-platform modeler (a bpmn-js DI module): its properties, the
// groups it hides, and the element types a business person models with.
import AdvancedFields from './AdvancedFields'
import BatonPropertiesProvider from './BatonPropertiesProvider'
import BusinessElements from './BusinessElements'
import BusinessPalette from './BusinessPalette'
import HiddenGroups from './HiddenGroups'

export default {
  __init__: [
    'batonPropertiesProvider',
    'batonHiddenGroups',
    'batonAdvancedFields',
    'batonBusinessElements',
    'batonBusinessPalette',
  ],
  batonPropertiesProvider: ['type', BatonPropertiesProvider],
  batonHiddenGroups: ['type', HiddenGroups],
  batonAdvancedFields: ['type', AdvancedFields],
  batonBusinessElements: ['type', BusinessElements],
  batonBusinessPalette: ['type', BusinessPalette],
}
