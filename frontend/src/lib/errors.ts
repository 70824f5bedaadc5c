import { ApiError } from './api'

type Translate = (key: string) => string

/** The sentence to show for a failed call: the server's translated detail when it sent one. */
export function errorMessage(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    if (error.status === 0) return t('errors.network')
    if (error.problem.detail) return error.problem.detail
    if (error.status === 403) return t('errors.forbidden')
    if (error.status === 404) return t('errors.notFound')
    if (error.status === 401) return t('errors.sessionExpired')
  }
  return t('errors.generic')
}
