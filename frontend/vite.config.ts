import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'
import { inlineEntryCss, precompress } from './vite-delivery'

// The built app is served by Spring Boot from the jar (target/classes/static); in development
// `npm run dev` proxies the API to a Baton started with ./mvnw spring-boot:run.
export default defineConfig({
  plugins: [
    vue(),
    // Element Plus components are imported where they are used, so each route carries only its own.
    Components({
      resolvers: [ElementPlusResolver({ importStyle: 'css' })],
      dts: 'src/components.d.ts',
    }),
    // The app-wide CSS inside index.html (its first paint needs no other file), then
    // dist/**/*.{gz,br} next to every text file: Baton serves them to browsers that accept them.
    inlineEntryCss(),
    precompress(),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    outDir: 'dist',
    sourcemap: false,
    manifest: true,
    chunkSizeWarningLimit: 1500,
    // No inline scripts or module preload polyfill: the CSP is script-src 'self'.
    modulePreload: { polyfill: false },
  },
  server: {
    proxy: {
      '/api': 'http://localhost:8080',
      '/v3': 'http://localhost:8080',
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
    css: false,
    server: { deps: { inline: ['element-plus'] } },
  },
})
