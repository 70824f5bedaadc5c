import { onBeforeUnmount, ref } from 'vue'

export const PHONE_QUERY = '(max-width: 767px)'

/** True on phone-sized screens, where lists show cards and actions sit at the bottom. */
export function useIsPhone() {
  const media =
    typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(PHONE_QUERY) : null
  const isPhone = ref(media?.matches ?? false)
  const update = (event: MediaQueryListEvent) => (isPhone.value = event.matches)
  media?.addEventListener('change', update)
  onBeforeUnmount(() => media?.removeEventListener('change', update))
  return isPhone
}
