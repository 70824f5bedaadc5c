// Prints the gzipped JavaScript each route loads (from dist/.vite/manifest.json, after `npm run build`):
// the entry, the route's own chunk and everything they import statically. Code loaded on demand
// (form-js, bpmn-js) is listed on its own.
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

const dist = new URL('../dist/', import.meta.url)
const manifest = JSON.parse(readFileSync(new URL('.vite/manifest.json', dist), 'utf8'))
const gzip = (file) => gzipSync(readFileSync(new URL(file, dist)), { level: 9 }).length

function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen
  seen.add(key)
  for (const imported of manifest[key].imports ?? []) closure(imported, seen)
  return seen
}
const kb = (bytes) => (bytes / 1024).toFixed(1) + ' kB'
const size = (keys) => [...keys].reduce((sum, key) => sum + gzip(manifest[key].file), 0)

// A module shared by several chunks is keyed by its chunk (`_Name-hash.js`), not by its source path.
function keyOf(source) {
  if (manifest[source]) return source
  const name = source
    .split('/')
    .pop()
    .replace(/\.(vue|ts)$/, '')
  const key = Object.keys(manifest).find(
    (k) => manifest[k].isDynamicEntry && manifest[k].name === name && k.endsWith('.js'),
  )
  if (!key) throw new Error(`no chunk for ${source}`)
  return key
}

const entry = Object.keys(manifest).find((key) => manifest[key].isEntry)
const base = closure(entry)
const routes = {
  '/login': 'src/features/login/LoginPage.vue',
  '/inbox': 'src/features/inbox/InboxPage.vue',
  '/tasks/:id': 'src/features/task/TaskPage.vue',
  '/start': 'src/features/start/StartCatalogue.vue',
  '/start/:processKey': 'src/features/start/StartFormPage.vue',
  '/requests, /cc': 'src/features/requests/RequestListPage.vue',
  '/requests/:id': 'src/features/requests/RequestPage.vue',
  '/designer': 'src/features/designer/ProcessListPage.vue',
  '/designer/:key/draft': 'src/features/designer/DesignerPage.vue',
  '/designer/:key/versions/:v': 'src/features/designer/VersionPage.vue',
}
console.log('| route | JS loaded by the route (gzip) | of which the shared entry |')
console.log('|---|---|---|')
for (const [route, key] of Object.entries(routes)) {
  const all = closure(keyOf(key), new Set(base))
  console.log(`| \`${route}\` | ${kb(size(all))} | ${kb(size(base))} |`)
}
console.log()
console.log('| loaded on demand | gzip |')
console.log('|---|---|')
for (const [label, keys] of [
  ['form-js viewer (forms on /start/:processKey and /tasks/:id)', ['src/lib/formjs.ts']],
  [
    'bpmn-js viewer (diagrams on /tasks/:id and /requests/:id)',
    ['src/components/BpmnDiagram.vue', 'src/lib/bpmn.ts'],
  ],
  [
    'bpmn-js modeler with properties panel and linting (designer draft page)',
    manifest[keyOf('src/features/designer/DesignerPage.vue')].dynamicImports,
  ],
  ['form-js editor (designer draft page, Forms tab)', ['src/lib/formEditor.ts']],
]) {
  const all = new Set()
  for (const key of keys) closure(keyOf(key), all)
  const own = [...all].filter((k) => !base.has(k))
  console.log(`| ${label} | ${kb(size(own))} |`)
}
