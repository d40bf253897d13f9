// A module referenced from content is never imported: not by an image, a link, a definition, a relative path, `../`
// or a dotfile. Each module would write a marker file if it ran; the build refuses the content and no marker appears.
import { describe, it, expect, afterAll } from 'vitest';
import { readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { copySiteProject, astroBuild } from '../../tools/temp-project.ts';

const repo = join(import.meta.dirname, '..', '..');
const dir = copySiteProject('oe-modules-', join(repo, 'tests', 'fixtures', 'valid', 'content'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MODULES = ['content/x.mjs', 'content/.x.mjs', 'content/articles/x.mjs', 'content/articles/.y.js', 'x.mjs', 'content/claims/z.ts'];
const REFERENCES = [
  '![a](../x.mjs)',
  '![b](../.x.mjs)',
  '![c](./x.mjs)',
  '![d](./.y.js)',
  '![e](../../x.mjs)',
  '![f](x.mjs)',
  '![g](%2e%2e/x.mjs)',
  '![h](../claims/z.ts)',
  '![i][mod]',
  '[j](../x.mjs)',
  '[k][mod]',
];

describe('modules referenced from content', () => {
  it('are never run by the build, whichever way they are referred to', () => {
    MODULES.forEach((m, i) => writeFileSync(join(dir, m), `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(join(dir, `MARKER-${i}`))}, 'ran');\nexport default 'x';\n`));
    const article = join(dir, 'content', 'articles', 'fixture-article.mdx');
    writeFileSync(article, `${readFileSync(article, 'utf8')}\n${REFERENCES.join(' ')}\n\n[mod]: ../x.mjs\n`);
    const { status, output } = astroBuild(dir);
    expect(status).not.toBe(0);
    MODULES.forEach((_, i) => expect(existsSync(join(dir, `MARKER-${i}`)), `module ${MODULES[i]} ran`).toBe(false));
    expect(existsSync(join(dir, 'dist'))).toBe(false);
    // The editor is told which files do not belong and which targets are refused.
    for (const m of MODULES.filter((f) => f.startsWith('content/'))) expect(output).toContain(m);
    expect(output).toContain('image target "../x.mjs" is not allowed');
  }, 180_000);
});
