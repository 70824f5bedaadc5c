// The org chart and the draft's forms as the modeler's Baton properties see them.
import type { Ref } from 'vue'
import type { BatonContext } from '@/lib/bpmnModeler/baton/context'
import { orgChart, type FormDefinition } from '../api'

export async function loadBatonContext(
  processKey: string,
  forms: Ref<FormDefinition[]>,
  lang: () => string,
  processName: () => string,
  advanced: () => boolean,
): Promise<BatonContext> {
  const [roles, departments] = await Promise.all([orgChart.roles(), orgChart.departments()])
  const names = new Map<string, Promise<string>>()
  const named = (zh: string, en: string | null) => (lang().startsWith('zh') ? zh : en || zh)
  return {
    processKey,
    lang: lang(),
    roles: () => roles.map((role) => ({ id: role.id, label: named(role.nameZh, role.nameEn) })),
    departments: () =>
      departments.map((department) => ({
        id: department.id,
        label: named(department.nameZh, department.nameEn),
      })),
    searchPeople: async (query) =>
      (await orgChart.people(query))
        .filter((p) => p.active)
        .map((p) => ({ id: p.id, name: p.displayName })),
    personName: (id) => {
      if (!names.has(id))
        names.set(
          id,
          orgChart.person(id).then(
            (p) => p.displayName,
            () => id,
          ),
        )
      return names.get(id)!
    },
    forms: () => forms.value,
    addForm: (form) => {
      forms.value = [...forms.value, form]
    },
    processName,
    advanced,
  }
}
