// Takes screenshots of built pages (desktop and 320px phone) with the test tooling; used for the README image.
import { resolve, join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { serve } from '../tools/static-server.ts';
import { launch } from '../tools/chromium.ts';

const pages = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const outDir = resolve(process.argv.find((a) => a.startsWith('--out='))?.slice(6) ?? 'docs');
mkdirSync(outDir, { recursive: true });
const server = await serve(resolve('dist'));
const browser = await launch();
try {
  for (const path of pages.length ? pages : ['/articles/massage-cervical-stenosis-muscle-spasm/']) {
    const name = path.replace(/^\/|\/$/g, '').replace(/[^a-z0-9]+/gi, '-') || 'home';
    for (const [label, width, height] of [['desktop', 1280, 900], ['phone', 320, 640]] as const) {
      const page = await browser.newPage({ viewport: { width, height } });
      await page.goto(server.url + path);
      const file = join(outDir, `${name}-${label}.png`);
      await page.screenshot({ path: file, fullPage: label === 'phone' ? false : false });
      console.log(file);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
