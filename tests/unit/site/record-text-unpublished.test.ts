// A reference's stored record text is for the quote check only: no data file publishes it (CONTRIBUTING, SECURITY 10b).
import { describe, it, expect } from 'vitest';
import { resolve } from 'node:path';
import { buildSiteModel } from '../../../src/lib/site/model.ts';
import { dataFiles } from '../../../src/lib/site/data-files.ts';

const model = buildSiteModel(resolve(import.meta.dirname, '..', '..', '..'));

describe('record text is never published', () => {
  it('leaves abstract, abstract_source and excerpts out of every data file, while references keep their other fields', () => {
    const withText = [...model.references].filter(([, r]) => r.abstract || r.excerpts?.length);
    expect(withText.length).toBeGreaterThan(50);
    const [id, ref] = withText[0];
    for (const file of dataFiles(model)) {
      const body = typeof file.body === 'string' ? file.body : '';
      expect(body, file.path).not.toMatch(/"(?:abstract|abstract_source|excerpts)":/);
    }
    const json = JSON.parse([...dataFiles(model)].find((f) => f.path === `/references/${id}.json`)!.body as string);
    expect(json.title).toBe(ref.title);
    expect(json.verified).toEqual(ref.verified);
  });
});
