// Takes screenshots of built pages (desktop and 320px phone) with the test tooling; used for the README image.
import { resolve, join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { serve } from '../tools/static-server.ts';
import { launch } from '../tools/chromium.ts';

const pages = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const outDir = resolve(option('out') ?? 'docs');
/** Only this element (e.g. --selector=.get-help), and the colour schemes to take (--schemes=light,dark). */
const selector = option('selector');
const schemes = (option('schemes') ?? 'light').split(',') as Array<'light' | 'dark'>;
mkdirSync(outDir, { recursive: true });
const server = await serve(resolve('dist'));
const browser = await launch();
try {
  for (const path of pages.length ? pages : ['/articles/massage-cervical-stenosis-muscle-spasm/']) {
    const name = path.replace(/^\/|\/$/g, '').replace(/[^a-z0-9]+/gi, '-') || 'home';
    for (const scheme of schemes) {
      for (const [label, width, height] of [['desktop', 1280, 900], ['phone', 320, 640]] as const) {
        const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme });
        await page.goto(server.url + path);
        const suffix = `${selector ? `-${selector.replace(/[^a-z0-9]+/gi, '')}` : ''}-${label}${scheme === 'dark' ? '-dark' : ''}`;
        const file = join(outDir, `${name}${suffix}.png`);
        if (selector) await page.locator(selector).first().screenshot({ path: file });
        else await page.screenshot({ path: file });
        console.log(file);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
