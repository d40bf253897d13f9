// Astro config: MDX rendered through the unified pipeline the checker uses, behind the content gate.
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import { fileURLToPath } from 'node:url';
import openEvidence from './src/integrations/index.ts';
import remarkCitations from './src/lib/citations/remark-citations.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  site: 'https://open-evidence.example.org',
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
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  markdown: {
    // remark-gfm is added by the unified processor (gfm: true), exactly as the checker parses.
    processor: unified({ gfm: true, smartypants: false, remarkPlugins: [[remarkCitations, { root }]] }),
  },
  integrations: [openEvidence()],
});
