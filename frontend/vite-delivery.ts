// How the built web app travels to a phone on a slow network (docs/performance.md, "The web app on a
// mobile network"):
// - inlineEntryCss: the app-wide stylesheet goes into index.html, so the page's first paint (the
//   frame index.html shows while the code loads) waits for no other file;
// - precompress: a gzip (.gz) and a brotli (.br) copy next to every text file, so that Baton serves
//   compressed files without compressing on every request (Spring's EncodedResourceResolver picks
//   the copy the browser accepts, dev.baton.web.WebAppResources). Node's own zlib does both.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { isAbsolute, join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import type { Plugin } from 'vite'

const TEXT = /\.(js|mjs|css|html|svg|json|txt|xml|map)$/
// Smaller files gain nothing worth a second request header.
const MIN_SIZE = 1024
// Inlined only while it stays small: index.html is fetched (or revalidated) on every visit.
const MAX_INLINE_CSS = 32 * 1024

function files(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    if (name.startsWith('.')) return [] // .vite/manifest.json is not served
    const path = join(folder, name)
    return statSync(path).isDirectory() ? files(path) : [path]
  })
}

export function precompress(): Plugin {
  let outDir = 'dist'
  return {
    name: 'baton-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = isAbsolute(config.build.outDir)
        ? config.build.outDir
        : join(config.root, config.build.outDir)
    },
    closeBundle() {
      for (const path of files(outDir)) {
        if (!TEXT.test(path)) continue
        const content = readFileSync(path)
        if (content.length < MIN_SIZE) continue
        const gzip = gzipSync(content, { level: 9 })
        const brotli = brotliCompressSync(content, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
          },
        })
        // A copy that saves less than a tenth is not worth serving.
        if (gzip.length < content.length * 0.9) writeFileSync(path + '.gz', gzip)
        if (brotli.length < content.length * 0.9) writeFileSync(path + '.br', brotli)
      }
    },
  }
}

export function inlineEntryCss(): Plugin {
  return {
    name: 'baton-inline-entry-css',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle
        if (!bundle) return html
        return html.replace(
          /<link rel="stylesheet"(?: crossorigin)? href="\/(assets\/[^"]+\.css)">/g,
          (link, file: string) => {
            const asset = bundle[file]
            if (!asset || asset.type !== 'asset') return link
            const css = String(asset.source)
            // the file stays in the build, for anything that still names it
            return css.length > MAX_INLINE_CSS ? link : `<style>${css}</style>`
          },
        )
      },
    },
  }
}
