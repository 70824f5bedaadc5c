import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { router } from './router'
import { i18n } from './i18n'
import './styles.css'

const app = createApp(App).use(createPinia()).use(i18n).use(router)
// index.html shows a static frame of the app while the code loads; it stays until the first page
// (session checked, page code loaded) can replace it, so a slow network never shows a blank page.
router.isReady().finally(() => app.mount('#app'))
