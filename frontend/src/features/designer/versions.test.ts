import { describe, expect, it } from 'vitest'
import type { ProcessOverview } from './api'
import {
  diffMarks,
  draftPath,
  keyProblem,
  ordered,
  parseSide,
  takenKeys,
  versionNumbers,
  versionPath,
} from './versions'

describe('keyProblem', () => {
  it('accepts the keys the server accepts', () => {
    expect(keyProblem('leave-copy-test')).toBeNull()
    expect(keyProblem('abc')).toBeNull()
    expect(keyProblem('a1-2')).toBeNull()
    expect(keyProblem('a' + 'b'.repeat(63))).toBeNull()
    expect(keyProblem('  trimmed  ')).toBeNull()
  })

  it('names what is wrong, in the order a person types', () => {
    expect(keyProblem('')).toBe('required')
    expect(keyProblem('   ')).toBe('required')
    expect(keyProblem('1abc')).toBe('start')
    expect(keyProblem('-abc')).toBe('start')
    expect(keyProblem('Leave')).toBe('start')
    expect(keyProblem('leAve')).toBe('chars')
    expect(keyProblem('leave_request')).toBe('chars')
    expect(keyProblem('leave request')).toBe('chars')
    expect(keyProblem('请假')).toBe('start')
    expect(keyProblem('ab')).toBe('short')
    expect(keyProblem('a' + 'b'.repeat(64))).toBe('long')
  })

  it('refuses a key a process or draft already has', () => {
    const taken = takenKeys([{ key: 'leave-request' }, { key: 'new-draft' }] as ProcessOverview[])
    expect(keyProblem('leave-request', taken)).toBe('taken')
    expect(keyProblem('new-draft', taken)).toBe('taken')
    expect(keyProblem('leave-request-2', taken)).toBeNull()
  })
})

describe('comparison sides', () => {
  it('reads a version number or the draft from the address', () => {
    expect(parseSide('3')).toBe(3)
    expect(parseSide(2)).toBe(2)
    expect(parseSide('draft')).toBe('draft')
    expect(parseSide('0')).toBeNull()
    expect(parseSide('-1')).toBeNull()
    expect(parseSide('2.5')).toBeNull()
    expect(parseSide(undefined)).toBeNull()
    expect(parseSide(['1'])).toBeNull()
  })

  it('puts the older side first; the draft is the newest', () => {
    expect(ordered(1, 2)).toEqual({ from: 1, to: 2 })
    expect(ordered(5, 2)).toEqual({ from: 2, to: 5 })
    expect(ordered('draft', 4)).toEqual({ from: 4, to: 'draft' })
    expect(ordered(4, 'draft')).toEqual({ from: 4, to: 'draft' })
  })
})

describe('diffMarks', () => {
  it('marks added on the newer, removed on the older and changed on both diagrams', () => {
    const marks = diffMarks({
      added: ['Task_New', 'Flow_New'],
      removed: ['Task_Old'],
      changed: ['Task_Approval'],
    })
    expect(marks.to).toEqual({ Task_New: 'added', Flow_New: 'added', Task_Approval: 'changed' })
    expect(marks.from).toEqual({ Task_Old: 'removed', Task_Approval: 'changed' })
  })

  it('marks nothing when nothing changed', () => {
    expect(diffMarks({ added: [], removed: [], changed: [] })).toEqual({ from: {}, to: {} })
  })
})

describe('versions and paths', () => {
  it('lists version numbers newest first', () => {
    const process = {
      versions: [{ version: 2 }, { version: 3 }, { version: 1 }],
    } as ProcessOverview
    expect(versionNumbers(process)).toEqual([3, 2, 1])
    expect(versionNumbers(null)).toEqual([])
  })

  it('builds the designer addresses', () => {
    expect(draftPath('leave-request')).toBe('/designer/leave-request/draft')
    expect(versionPath('leave-request', 2)).toBe('/designer/leave-request/versions/2')
    expect(versionPath('leave-request', 2, 'draft')).toBe(
      '/designer/leave-request/versions/2?compare=draft',
    )
    expect(versionPath('leave-request', 2, 1)).toBe('/designer/leave-request/versions/2?compare=1')
  })
})
