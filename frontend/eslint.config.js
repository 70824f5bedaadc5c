// ESLint for the web app: Vue + TypeScript recommended rules; formatting is Prettier's job.
import pluginVue from 'eslint-plugin-vue'
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'
import skipFormatting from '@vue/eslint-config-prettier/skip-formatting'

export default defineConfigWithVueTs(
  { name: 'baton/files', files: ['**/*.{ts,mts,tsx,vue}'] },
  {
    name: 'baton/ignores',
    ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'src/components.d.ts'],
  },
  pluginVue.configs['flat/recommended'],
  vueTsConfigs.recommended,
  {
    name: 'baton/rules',
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  skipFormatting,
)
