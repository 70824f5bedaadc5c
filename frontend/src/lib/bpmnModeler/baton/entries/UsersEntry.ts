// Named approvers: chips with people's names, and a search over the directory to add one.
import { h } from '@bpmn-io/properties-panel/preact'
import { useEffect, useState } from '@bpmn-io/properties-panel/preact/hooks'
import { useService } from 'bpmn-js-properties-panel'
import type { BatonContext, PersonOption } from '../context'
import { changeRule, ruleOf } from '../ruleCommands'
import type { Shape } from '../moddle'

export function UsersEntry({ element, id }: { element: Shape; id: string }) {
  const translate = useService('translate')
  const injector = useService('injector')
  const context: BatonContext = useService('batonContext')
  const users = ruleOf(element).users
  const [names, setNames] = useState<Record<string, string>>({})
  const [query, setQuery] = useState('')
  const [results, setResults] = useState<PersonOption[]>([])

  useEffect(() => {
    for (const user of users) {
      if (names[user]) continue
      context.personName(user).then((name) => setNames((known) => ({ ...known, [user]: name })))
    }
  }, [users.join(',')])

  useEffect(() => {
    if (!query.trim()) {
      setResults([])
      return
    }
    let live = true
    const timer = setTimeout(() => {
      context.searchPeople(query.trim()).then(
        (found) => live && setResults(found),
        () => live && setResults([]),
      )
    }, 250)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [query])

  const set = (next: string[]) => changeRule(element, { users: next }, injector)
  const inputId = `bio-properties-panel-${id}`
  const offered = results.filter((person) => !users.includes(person.id))
  return h('div', { class: 'bio-properties-panel-entry baton-users', 'data-entry-id': id }, [
    h(
      'label',
      { class: 'bio-properties-panel-label', for: inputId },
      translate('Approvers (people)'),
    ),
    users.length
      ? h(
          'ul',
          { class: 'baton-chips', 'data-testid': 'baton-users' },
          users.map((user) =>
            h('li', { key: user, class: 'baton-chip' }, [
              h('span', null, names[user] ?? user),
              h(
                'button',
                {
                  type: 'button',
                  class: 'baton-chip-remove',
                  'aria-label': translate('Remove {name}', { name: names[user] ?? user }),
                  onClick: () => set(users.filter((other) => other !== user)),
                },
                '×',
              ),
            ]),
          ),
        )
      : h('p', { class: 'bio-properties-panel-description' }, translate('Nobody chosen yet.')),
    h('input', {
      id: inputId,
      class: 'bio-properties-panel-input',
      type: 'search',
      autocomplete: 'off',
      value: query,
      placeholder: translate('Search people by name'),
      onInput: (event: Event) => setQuery((event.target as HTMLInputElement).value),
    }),
    offered.length
      ? h(
          'ul',
          { class: 'baton-results', role: 'listbox', 'aria-label': translate('Search results') },
          offered.map((person) =>
            h(
              'li',
              { key: person.id, role: 'option', 'aria-selected': 'false' },
              h(
                'button',
                {
                  type: 'button',
                  onClick: () => {
                    set([...users, person.id])
                    setQuery('')
                    setResults([])
                  },
                },
                `${person.name} (${person.id})`,
              ),
            ),
          ),
        )
      : null,
  ])
}
