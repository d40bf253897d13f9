// The site model numbers a claim's sources per reference: a source quoted several times is cited once.
import { describe, it, expect } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSiteModel } from '../../../src/lib/site/model.ts';
import { materialize } from '../../fixtures/trees.ts';

/** The valid tree, with fixture-claim-one quoting its one source twice. */
function treeWithTwoQuotesOfOneSource(): string {
  const overlay = mkdtempSync(join(tmpdir(), 'oe-overlay-'));
  mkdirSync(join(overlay, 'content', 'claims'), { recursive: true });
  writeFileSync(
    join(overlay, 'content', 'claims', 'fixture-claim-one.mdx'),
    [
      '---',
      'statement: "In the fixture trial, the test intervention did something in 2 of 3 participants."',
      'design: RCT',
      'sources:',
      '  - ref: fixture-trial-2020',
      '    locator: abstract',
      '    quote: "The test intervention did something in two of three participants."',
      '  - ref: fixture-trial-2020',
      '    locator: results',
      '    quote: "Nothing else “happened” in the fixture trial"',
      '---',
      '',
    ].join('\n'),
  );
  return materialize(overlay);
}

describe('site model', () => {
  const model = buildSiteModel(treeWithTwoQuotesOfOneSource(), { today: '2025-11-25' });
  it('cites a source once on a claim that quotes it twice, and once in the page reference list', () => {
    expect(model.check.problems).toEqual([]);
    expect(model.lookup.claimRefs('fixture-claim-one')).toEqual(['fixture-trial-2020']);
    const page = model.pageCitations('claims', 'fixture-claim-one');
    expect(page.items[0].refs.map((r) => r.id)).toEqual(['fixture-trial-2020']);
    expect(page.occurrences.get('fixture-trial-2020')).toEqual(['cite-1-1']);
  });
  it('still gives every reference of a claim with distinct sources, in order', () => {
    expect(model.lookup.claimRefs('fixture-claim-two')).toEqual(['fixture-guideline-2021']);
  });
});
