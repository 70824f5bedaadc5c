// Starting, continuing and discarding a process's one draft, shared by the list and the version
// page: a draft that already exists is opened (or offered) instead of failing.
import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRouter } from 'vue-router'
import { ElMessage } from 'element-plus'
import 'element-plus/es/components/message/style/css'
import { ApiError } from '@/lib/api'
import { errorMessage } from '@/lib/errors'
import { modeling, type DraftSummary } from './api'
import { draftPath } from './versions'

export interface ExistingDraft {
  key: string
  name: string
  revision: number
  updatedBy: string
  updatedAt: string
}

export function isProblem(error: unknown, code: string): error is ApiError {
  return error instanceof ApiError && error.problem.code === code
}

export function useDraftActions() {
  const { t } = useI18n()
  const router = useRouter()
  /** the draft that stood in the way of "edit from version N", offered to be opened */
  const existing = ref<ExistingDraft | null>(null)
  /** what is being started: `${key}:${version ?? 'latest'}` */
  const starting = ref<string | null>(null)

  /**
   * A draft from a version (the latest for null), then the draft page. A draft the page already
   * knows of is opened or offered straight away, without asking the server to start another.
   */
  async function edit(
    key: string,
    name: string,
    version: number | null,
    known: DraftSummary | null = null,
  ) {
    if (known) {
      if (version === null) await router.push(draftPath(key))
      else
        existing.value = {
          key,
          name,
          revision: known.revision,
          updatedBy: known.updatedBy.name,
          updatedAt: known.updatedAt,
        }
      return
    }
    starting.value = `${key}:${version ?? 'latest'}`
    try {
      await modeling.edit(key, version)
      await router.push(draftPath(key))
    } catch (e) {
      if (!isProblem(e, 'modeling.draft.exists')) {
        ElMessage.error(errorMessage(e, t))
      } else if (version === null) {
        await router.push(draftPath(key))
      } else {
        try {
          const draft = await modeling.draft(key)
          existing.value = {
            key,
            name,
            revision: draft.revision,
            updatedBy: draft.updatedBy.name,
            updatedAt: draft.updatedAt,
          }
        } catch {
          await router.push(draftPath(key))
        }
      }
    } finally {
      starting.value = null
    }
  }

  async function openExisting() {
    if (!existing.value) return
    const key = existing.value.key
    existing.value = null
    await router.push(draftPath(key))
  }

  /** Deletes the draft at the revision the person saw; throws the server's refusal (e.g. stale). */
  async function discard(key: string, draft: DraftSummary) {
    await modeling.discard(key, draft.revision)
    ElMessage.success(t('designer.list.discard.done'))
  }

  return { existing, starting, edit, openExisting, discard }
}
