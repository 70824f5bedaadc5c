import { describe, expect, it } from 'vitest'
import { withoutRefusedTypes } from './SafeElementTypes'

describe('the change-type menu', () => {
  it('offers no service, send or script task but every other type', () => {
    // given bpmn-js's entries for a task
    const entries = Object.fromEntries(
      [
        'task',
        'user-task',
        'service-task',
        'send-task',
        'receive-task',
        'manual-task',
        'rule-task',
        'script-task',
        'call-activity',
      ].map((type) => [`replace-with-${type}`, { label: type }]),
    )
    // when Baton filters them / then
    expect(Object.keys(withoutRefusedTypes(entries))).toEqual([
      'replace-with-task',
      'replace-with-user-task',
      'replace-with-receive-task',
      'replace-with-manual-task',
      'replace-with-rule-task',
      'replace-with-call-activity',
    ])
  })
})
