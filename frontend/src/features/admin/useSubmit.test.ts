import { describe, expect, it } from 'vitest'
import { splitProblems } from './useSubmit'

describe('splitProblems', () => {
  it('puts each shown field’s messages next to it and the rest apart', () => {
    const split = splitProblems(
      [
        { field: 'email', message: 'Not an e-mail address.' },
        { field: 'email', message: 'Too long.' },
        { field: 'parentId', message: 'Cannot move below itself.' },
        { field: 'systemRoles', message: 'The last administrator.' },
      ],
      ['email', 'parentId'],
    )
    expect(split.fields).toEqual({
      email: 'Not an e-mail address. Too long.',
      parentId: 'Cannot move below itself.',
    })
    expect(split.other).toEqual(['The last administrator.'])
  })

  it('falls back to the code when a problem has no message', () => {
    expect(splitProblems([{ field: 'id', code: 'directory.id.taken' }], ['id']).fields).toEqual({
      id: 'directory.id.taken',
    })
  })
})
