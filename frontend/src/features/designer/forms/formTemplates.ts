// New forms as Baton writes them: form-js schemaVersion 19 for Camunda Platform 7.24.0.
import type { FormDefinition } from '../api'
import { romanized, slug } from '@/lib/asciiNames'

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

/**
 * An empty form with the given id (the `camunda:formRef` that links it) and, when given, a title:
 * a heading at the top, as the shipped forms have (the designer lists forms by it).
 */
export function newForm(id: string, title?: string): FormDefinition {
  return {
    id,
    schema: {
      type: 'default',
      id,
      components: title ? [{ type: 'text', id: 'Text_title', text: `### ${title}` }] : [],
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

/**
 * A new form's title and the words of its id: the process and the step (报销申请-财务审批), the
 * id from the step's English name or its Chinese name in pinyin; a start form is the process's.
 */
export async function newFormNames(
  processName: string,
  step: { start: boolean; name: string; nameEn: string },
  unnamedStep: string,
): Promise<{ title: string; words: string }> {
  if (step.start) return { title: processName, words: 'start' }
  const words = slug(step.nameEn) || (await romanized(step.name)) || 'step'
  return { title: `${processName}-${step.name || step.nameEn || unnamedStep}`, words }
}
