import { defineStore } from 'pinia'
import { ref } from 'vue'
import { api } from '@/lib/api'
import type { PublicInfo } from '@/lib/types'
import { i18n, isLang, languageChosenBefore } from '@/i18n'

/**
 * The company as the login page and the top bar show it (name, logo), from the public info that
 * needs no login; a visitor who never chose a language gets the company's default language.
 */
export const useCompany = defineStore('company', () => {
  const info = ref<PublicInfo | null>(null)
  let loading: Promise<PublicInfo | null> | null = null

  function load(force = false): Promise<PublicInfo | null> {
    if (!loading || force) {
      loading = api
        .publicInfo()
        .then((loaded) => {
          const first = info.value === null
          info.value = loaded
          if (first && !languageChosenBefore && isLang(loaded.defaultLanguage))
            i18n.global.locale.value = loaded.defaultLanguage
          return loaded
        })
        .catch(() => null)
    }
    return loading
  }

  return { info, load }
})
