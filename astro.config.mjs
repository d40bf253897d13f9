// Astro config: MDX rendered through the unified pipeline the checker uses, behind the content gate.
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import { fileURLToPath } from 'node:url';
import openEvidence from './src/integrations/index.ts';
import remarkCitations from './src/lib/citations/remark-citations.ts';
import { EARLY_SCRIPT_HASH } from './src/lib/html/early-script.ts';
import { SITE } from './src/lib/site/urls.ts';
import { siteModel } from './src/lib/site/model.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  site: SITE,
  trailingSlash: 'always',
  // Content-Security-Policy as a <meta> on every page: scripts and styles only from this site, each inline script
  // hashed by the build; nothing from another origin. 'wasm-unsafe-eval' lets Pagefind start its WebAssembly index.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // (plus the one inline script, which restores the reader's bottom-line choice before first paint)
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [EARLY_SCRIPT_HASH] },
    },
  },
  markdown: {
    // No syntax highlighting: the content has no code blocks worth colouring, and Shiki's inline styles would need the
    // CSP to allow inline styles (Astro warns about that on every build otherwise).
    syntaxHighlight: false,
    // remark-gfm is added by the unified processor (gfm: true), exactly as the checker parses; the citation plugin
    // numbers from the site model the gate checked and primed.
    processor: unified({ gfm: true, smartypants: false, remarkPlugins: [[remarkCitations, { root, model: () => siteModel(root) }]] }),
  },
  integrations: [openEvidence()],
  vite: {
    // Tests build copies of the site under .build-tmp/ and tmp folders; a running `npm run dev` must not watch them.
    server: { watch: { ignored: ['**/.build-tmp/**', '**/dist/**'] } },
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          // Astro marks content modules "use astro:head-inject" for its own head handling; the bundler warns that it
          // may drop the directive, which Astro expects and handles (withastro/astro: content collections with MDX).
          // Only this warning, by code and by the directive it names, is dropped.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
