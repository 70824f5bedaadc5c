/// <reference types="node" />
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { conditionHolds, endedStepIds, pendingSteps, progressItems, stepNames } from './progress'
import type { CurrentStep, TimelineEntry } from './types'

// the shipped models themselves
const PROCESSES = resolve(dirname(fileURLToPath(import.meta.url)), '../../../processes')
const model = (key: string) => readFileSync(resolve(PROCESSES, `${key}.bpmn`), 'utf8')

const entry = (
  decision: string,
  actor: string,
  stepId: string | null,
  stepName: string | null,
  at: string,
): TimelineEntry => ({
  decision,
  actor: { id: actor, name: actor },
  stepId,
  stepName,
  comment: null,
  at,
})

const waiting = (stepId: string, name: string, assignee: string): CurrentStep => ({
  stepId,
  name,
  taskId: 't-' + assignee,
  assignee: { id: assignee, name: assignee },
  candidates: [],
  createdAt: '2030-01-01T10:00:00Z',
  dueAt: null,
})

describe('pendingSteps', () => {
  it('lists the purchase steps after the department head, the approvals above limits as conditional', () => {
    expect(
      pendingSteps(model('purchase-request'), ['Task_DepartmentHeadApproval'], 'zh-CN'),
    ).toEqual([
      { stepId: 'Task_FinanceApproval', name: '财务审批', conditional: true },
      { stepId: 'Task_GeneralManagerApproval', name: '总经理审批', conditional: true },
      { stepId: 'Task_PlaceOrder', name: '采购下单', conditional: false },
      { stepId: 'Task_ConfirmReceipt', name: '确认收货', conditional: false },
    ])
  })

  it('names the steps in English from the model when the UI is English', () => {
    const names = pendingSteps(model('leave-request'), ['Task_ManagerApproval'], 'en-US')
    expect(names.map((step) => [step.name, step.conditional])).toEqual([
      ['Department head approval', true],
      ['HR record', false],
    ])
  })

  it('knows that both parallel branches of the handoff and the kickoff are certain', () => {
    const steps = pendingSteps(model('project-handoff'), ['Task_DeliveryReview'], 'zh-CN')
    const byId = Object.fromEntries(steps.map((step) => [step.stepId, step.conditional]))
    expect(byId).toEqual({
      Task_ProvideMissingInformation: true,
      Task_SetUpBilling: false,
      Task_ProvisionResources: false,
      Task_Kickoff: false,
    })
    expect(
      pendingSteps(
        model('project-handoff'),
        ['Task_SetUpBilling', 'Task_ProvisionResources'],
        'zh-CN',
      ),
    ).toEqual([{ stepId: 'Task_Kickoff', name: '项目启动会', conditional: false }])
  })

  it('takes the choices the request data already decides', () => {
    const purchase = (total: number) =>
      pendingSteps(model('purchase-request'), ['Task_DepartmentHeadApproval'], 'zh-CN', { total })
    expect(purchase(57_000).map((step) => [step.name, step.conditional])).toEqual([
      ['财务审批', false],
      ['总经理审批', false],
      ['采购下单', false],
      ['确认收货', false],
    ])
    expect(purchase(8_000).map((step) => step.name)).toEqual(['财务审批', '采购下单', '确认收货'])
    expect(purchase(75).map((step) => step.name)).toEqual(['采购下单', '确认收货'])
    // the delivery manager has not decided yet: the loop back stays possible, also when the
    // data still holds the previous round's "return"
    for (const data of [{}, { handoffDecision: 'return' }]) {
      const handoff = pendingSteps(model('project-handoff'), ['Task_DeliveryReview'], 'zh-CN', data)
      expect(handoff.map((step) => [step.stepId, step.conditional])).toEqual([
        ['Task_ProvideMissingInformation', true],
        ['Task_SetUpBilling', false],
        ['Task_ProvisionResources', false],
        ['Task_Kickoff', false],
      ])
    }
  })

  it('gives nothing for a model it cannot read', () => {
    expect(pendingSteps('<not-bpmn', ['x'], 'zh-CN')).toEqual([])
  })
})

describe('conditionHolds', () => {
  it('says whether a simple condition holds for the data, or that it cannot tell', () => {
    expect(conditionHolds('${total > 5000}', { total: 8000 })).toBe(true)
    expect(conditionHolds('${total > 5000}', { total: 5000 })).toBe(false)
    expect(conditionHolds('${total > 5000}', {})).toBeNull()
    expect(conditionHolds("${handoffDecision == 'return'}", { handoffDecision: 'accept' })).toBe(
      false,
    )
    expect(conditionHolds('${days > 3 && urgent == true}', { days: 5 })).toBeNull()
    expect(conditionHolds('${days > 3 && urgent == true}', { days: 2 })).toBe(false)
    expect(conditionHolds('${days > 3 || urgent == true}', { days: 5 })).toBe(true)
    expect(conditionHolds('${someBean.call()}', { days: 5 })).toBeNull()
  })
})

describe('stepNames', () => {
  it('names every step of a model in the UI language', () => {
    const zh = stepNames(model('purchase-request'), 'zh-CN')
    const en = stepNames(model('purchase-request'), 'en-US')
    expect(zh.get('Task_FinanceApproval')).toBe('财务审批')
    expect(en.get('Task_FinanceApproval')).toBe('Finance approval')
    expect(en.get('StartEvent_RequestSubmitted')).toBe('Purchase requested')
    expect(stepNames('<broken', 'zh-CN').size).toBe(0)
  })
})

describe('progressItems', () => {
  const timeline = [
    entry('start', '张伟', 'StartEvent', '提交采购申请', '2030-01-01T09:00:00Z'),
    entry('comment', '李娜', 'Task_Head', '部门负责人审批', '2030-01-01T09:10:00Z'),
    entry('approve', '李娜', 'Task_Head', '部门负责人审批', '2030-01-01T09:20:00Z'),
    entry('approve', '王芳', 'Task_Finance', '财务审批', '2030-01-01T09:30:00Z'),
    entry('approve', '赵磊', 'Task_Finance', '财务审批', '2030-01-01T09:31:00Z'),
  ]

  it('shows what was done, where the request waits and what may come, in order', () => {
    const items = progressItems(
      {
        status: 'RUNNING',
        timeline,
        currentSteps: [waiting('Task_Order', '采购下单', '黄强')],
        endedAt: null,
      },
      [
        { stepId: 'Task_Order', name: '采购下单', conditional: false },
        { stepId: 'Task_Receipt', name: '确认收货', conditional: false },
      ],
    )
    expect(items.map((item) => [item.name, item.state])).toEqual([
      ['提交采购申请', 'done'],
      ['部门负责人审批', 'done'],
      ['财务审批', 'done'],
      ['采购下单', 'current'],
      ['确认收货', 'pending'],
    ])
    // the two finance approvers sign one step; the comment is no decision
    expect(items[2]!.decisions.map((d) => d.actor?.name)).toEqual(['王芳', '赵磊'])
    expect(items[1]!.decisions).toHaveLength(1)
    expect(items[3]!.waiting[0]!.assignee?.name).toBe('黄强')
  })

  it('ends a rejected request at the rejecting step and says how it ended', () => {
    const rejected = {
      status: 'REJECTED' as const,
      timeline: [
        ...timeline,
        entry('reject', '周明', 'Task_GM', '总经理审批', '2030-01-01T10:00:00Z'),
      ],
      currentSteps: [],
      endedAt: '2030-01-01T10:00:01Z',
    }
    const items = progressItems(rejected)
    expect(items.slice(-2).map((item) => [item.name, item.state])).toEqual([
      ['总经理审批', 'rejected'],
      ['', 'end'],
    ])
    expect(items[items.length - 1]).toMatchObject({
      status: 'REJECTED',
      at: '2030-01-01T10:00:01Z',
    })
    expect(endedStepIds(rejected)).toEqual(['Task_GM'])
    expect(endedStepIds({ ...rejected, status: 'COMPLETED' })).toEqual([])
  })

  it('keeps a returned step and the later round apart', () => {
    const items = progressItems({
      status: 'RUNNING',
      timeline: [
        entry('start', '张伟', 'StartEvent', '提交', '2030-01-01T09:00:00Z'),
        entry('return', '王芳', 'Task_Finance', '财务审批', '2030-01-01T09:10:00Z'),
        entry('approve', '张伟', 'Task_Revise', '修改并重新提交', '2030-01-01T09:20:00Z'),
        entry('approve', '王芳', 'Task_Finance', '财务审批', '2030-01-01T09:30:00Z'),
      ],
      currentSteps: [],
      endedAt: null,
    })
    expect(items.map((item) => item.state)).toEqual(['done', 'returned', 'done', 'done'])
  })
})
