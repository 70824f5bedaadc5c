import { beforeAll, describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import ElementPlus from 'element-plus'
import { i18n, loadDesignerMessages } from '@/i18n'
import type { ProcessOverview } from './api'
import ProcessCard from './ProcessCard.vue'

const router = createRouter({
  history: createMemoryHistory(),
  routes: [{ path: '/:path(.*)*', component: { template: '<div />' } }],
})

const leave: ProcessOverview = {
  key: 'leave-request',
  name: { zh: '请假申请', en: 'Leave request' },
  latestVersion: 3,
  versions: [
    {
      version: 3,
      definitionId: 'd3',
      deploymentId: 'p3',
      deployedAt: '2026-11-20T02:00:00Z',
      deployedBy: { id: 'designer', name: '郑雨' },
      origin: 'designer',
      republishedFrom: 1,
      runningRequests: 2,
    },
    {
      version: 2,
      definitionId: 'd2',
      deploymentId: 'p2',
      deployedAt: '2026-11-19T02:00:00Z',
      deployedBy: null,
      origin: 'other',
      republishedFrom: null,
      runningRequests: 0,
    },
    {
      version: 1,
      definitionId: 'd1',
      deploymentId: 'p1',
      deployedAt: '2026-11-18T02:00:00Z',
      deployedBy: null,
      origin: 'shipped',
      republishedFrom: null,
      runningRequests: 5,
    },
  ],
  draft: {
    revision: 4,
    baseVersion: 2,
    updatedBy: { id: 'designer', name: '郑雨' },
    updatedAt: '2026-11-21T02:00:00Z',
  },
}

function card(process: ProcessOverview) {
  i18n.global.locale.value = 'zh-CN'
  return mount(ProcessCard, {
    props: { process, starting: null },
    global: { plugins: [router, i18n, ElementPlus] },
  })
}

describe('ProcessCard', () => {
  // the designer's texts come with its pages, as the router loads them
  beforeAll(() => loadDesignerMessages())

  it('shows the draft with who changed it, and every version with origin, rollback and running requests', () => {
    const wrapper = card(leave)
    expect(wrapper.find('h2').text()).toContain('请假申请')
    expect(wrapper.text()).toContain('最新 v3')
    const draft = wrapper.find('[data-testid="draft-info"]').text()
    expect(draft).toContain('修订 4')
    expect(draft).toContain('基于 v2')
    expect(draft).toMatch(/郑雨 .+修改/)
    const rows = wrapper.findAll('[data-testid="version-row"]')
    expect(rows.map((r) => r.attributes('data-version'))).toEqual(['3', '2', '1'])
    expect(rows[0]!.text()).toContain('由 v1 回滚')
    expect(rows[0]!.text()).toContain('设计器')
    expect(rows[0]!.text()).toContain('郑雨')
    expect(rows[1]!.text()).toContain('其他工具')
    expect(rows[2]!.text()).toContain('内置')
    expect(rows[2]!.find('.running').text()).toBe('5')
    expect(wrapper.find('a[href="/designer/leave-request/draft"]').text()).toBe('继续编辑草稿')
  })

  it('asks to edit from a version or discard the draft', async () => {
    const wrapper = card(leave)
    const editFrom2 = wrapper.findAll('button').find((b) => b.text() === '从 v2 编辑')
    await editFrom2!.trigger('click')
    const discard = wrapper.findAll('button').find((b) => b.text() === '丢弃草稿')
    await discard!.trigger('click')
    expect(wrapper.emitted('edit')).toEqual([[2]])
    expect(wrapper.emitted('discard')).toHaveLength(1)
  })

  it('offers "edit" from the latest version when there is no draft, and shows only the newest versions at first', async () => {
    const versions = [4, 3, 2, 1].map((version) => ({ ...leave.versions[2]!, version }))
    const wrapper = card({ ...leave, versions, latestVersion: 4, draft: null })
    expect(wrapper.find('[data-testid="draft-info"]').exists()).toBe(false)
    expect(wrapper.findAll('[data-testid="version-row"]')).toHaveLength(3)
    const edit = wrapper.findAll('button').find((b) => b.text() === '编辑')
    await edit!.trigger('click')
    expect(wrapper.emitted('edit')).toEqual([[null]])
    await wrapper
      .findAll('button')
      .find((b) => b.text() === '显示全部 4 个版本')!
      .trigger('click')
    expect(wrapper.findAll('[data-testid="version-row"]')).toHaveLength(4)
  })

  it('says a process that only has a draft was never published', () => {
    const wrapper = card({
      ...leave,
      latestVersion: null,
      versions: [],
      draft: { ...leave.draft!, baseVersion: null },
    })
    expect(wrapper.text()).toContain('未发布')
    expect(wrapper.text()).toContain('新流程，尚未发布')
    expect(wrapper.text()).toContain('尚未发布任何版本。')
  })
})
