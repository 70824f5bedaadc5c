// What the Baton properties need from the page around the modeler: the org chart, the draft's
// forms, the UI language. The page hands it in as the `batonContext` service.
import type { FormDefinition } from '@/features/designer/api'

export interface NamedOption {
  id: string
  label: string
}

export interface PersonOption {
  id: string
  name: string
}

export interface BatonContext {
  processKey: string
  lang: string
  /** roles with their names in the UI language */
  roles(): NamedOption[]
  /** departments with their names in the UI language, in display order */
  departments(): NamedOption[]
  /** people matching a name or login */
  searchPeople(query: string): Promise<PersonOption[]>
  /** a person's name, for ids already in a rule */
  personName(id: string): Promise<string>
  /** the draft's forms as they are now */
  forms(): FormDefinition[]
  /** adds a form to the draft (the page's Forms tab shows it) */
  addForm(form: FormDefinition): void
  /** the process's name in Chinese (new forms are named after it and the step) */
  processName(): string
  /** whether technical fields (ids, keys, typed conditions) are shown: the "advanced" switch */
  advanced(): boolean
}
