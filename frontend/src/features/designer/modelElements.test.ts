import { describe, expect, it } from 'vitest'
import { elementName, modelElements } from './modelElements'

const XML = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
    xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_1">
  <bpmn:error id="Error_BatonRejected" name="驳回 Rejected" errorCode="baton-rejected" />
  <bpmn:process id="leave-request" name="请假申请" isExecutable="true">
    <bpmn:extensionElements>
      <camunda:properties><camunda:property name="baton.name.en" value="Leave request" /></camunda:properties>
    </bpmn:extensionElements>
    <bpmn:userTask id="Task_ManagerApproval" name="直属上级审批">
      <bpmn:extensionElements>
        <camunda:properties>
          <camunda:property name="baton.approver" value="manager" />
          <camunda:property name="baton.name.en" value="Manager approval" />
        </camunda:properties>
      </bpmn:extensionElements>
    </bpmn:userTask>
    <bpmn:sequenceFlow id="Flow_1" sourceRef="a" targetRef="b" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="BPMNDiagram_1"><bpmndi:BPMNPlane id="Plane_1" bpmnElement="leave-request" /></bpmndi:BPMNDiagram>
</bpmn:definitions>`

describe('modelElements', () => {
  const elements = modelElements(XML)

  it('indexes the BPMN elements by id with type and names, leaving out the diagram interchange', () => {
    expect(elements.get('Task_ManagerApproval')).toEqual({
      id: 'Task_ManagerApproval',
      type: 'userTask',
      name: '直属上级审批',
      nameEn: 'Manager approval',
    })
    expect(elements.get('Flow_1')).toEqual({
      id: 'Flow_1',
      type: 'sequenceFlow',
      name: null,
      nameEn: null,
    })
    expect(elements.get('Error_BatonRejected')?.type).toBe('error')
    expect(elements.has('Plane_1')).toBe(false)
  })

  it("takes an element's own English name, not a nested element's", () => {
    expect(elements.get('leave-request')?.nameEn).toBe('Leave request')
    expect(elements.get('Definitions_1')?.nameEn).toBeNull()
  })

  it('names an element in the UI language', () => {
    const task = elements.get('Task_ManagerApproval')
    expect(elementName(task, 'zh-CN')).toBe('直属上级审批')
    expect(elementName(task, 'en-US')).toBe('Manager approval')
    expect(elementName(elements.get('Error_BatonRejected'), 'en-US')).toBe('驳回 Rejected')
    expect(elementName(elements.get('Flow_1'), 'en-US')).toBeNull()
    expect(elementName(undefined, 'zh-CN')).toBeNull()
  })

  it('is empty for XML it cannot read', () => {
    expect(modelElements('<not xml').size).toBe(0)
    expect(modelElements('').size).toBe(0)
  })
})
