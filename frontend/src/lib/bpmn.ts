// The Camunda 7 bpmn-js viewer (camunda-bpmn-js 5.30.2), loaded on demand by BpmnDiagram.
import 'camunda-bpmn-js/dist/assets/camunda-platform-navigated-viewer.css'
import NavigatedViewer from 'camunda-bpmn-js/lib/camunda-platform/NavigatedViewer'
import { bpmnTranslateModule, localizeElementNames } from './bpmnI18n'

export { NavigatedViewer, bpmnTranslateModule, localizeElementNames }
