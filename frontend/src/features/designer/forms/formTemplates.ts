// New forms as Baton writes them: form-js schemaVersion 19 for Camunda Platform 7.24.0.
import type { FormDefinition } from '../api'

/** The components Baton renders and validates on the server (see processes/README.md). */
export const SUPPORTED_COMPONENTS = [
  'textfield',
  'textarea',
  'number',
  'datetime',
  'select',
  'radio',
  'checkbox',
  'checklist',
  'taglist',
  'dynamiclist',
  'group',
  'text',
  'expression',
  'separator',
  'spacer',
] as const

/** An empty form with the given id (the `camunda:formRef` that links it). */
export function newForm(id: string): FormDefinition {
  return {
    id,
    schema: {
      type: 'default',
      id,
      components: [],
      executionPlatform: 'Camunda Platform',
      executionPlatformVersion: '7.24.0',
      exporter: { name: 'Baton', version: '1.0' },
      schemaVersion: 19,
    },
  }
}

/** A form id for a process and a step name: `<process key>-<slug>`, unique among `taken`. */
export function suggestFormId(processKey: string, step: string, taken: readonly string[]): string {
  const slug =
    step
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'form'
  const base = `${processKey}-${slug}`.substring(0, 90)
  let id = base
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`
  return id
}
