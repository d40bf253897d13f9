// triage/under-triaged, tier by tier: a red flag written below its tier is refused at its own line; at or above, it passes.
import { describe, it, expect } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '../../../src/lib/check/checker.ts';
import { TIERS, type Tier } from '../../../src/lib/content/schemas.ts';
import { TIER_RANK } from '../../../src/lib/triage/action-tier.ts';
import { VALID } from '../../fixtures/trees.ts';

const FLAG = (tier: Tier) => `# FIXTURE: fictional test data.
name: "Sudden purple elbows"
lay: ["elbows turned purple all of a sudden"]
tier: ${tier}
sources:
  - ref: fixture-guideline-2021
    locator: "fixture section 3"
    quote: "Get help the same day for a test tingle spreading fast."
`;

/** A valid tree with one red flag at `flagTier` and an article naming it under get_help.<itemTier>. */
function treeWith(flagTier: Tier, itemTier: Tier): string {
  const root = mkdtempSync(join(tmpdir(), 'oe-tier-'));
  cpSync(join(VALID, 'content'), join(root, 'content'), { recursive: true });
  writeFileSync(join(root, 'content/red-flags/fixture-purple-elbows.yaml'), FLAG(flagTier));
  const file = join(root, 'content/articles/fixture-article.mdx');
  const source = readFileSync(file, 'utf8').replace('get_help:\n', `get_help:\n  ${itemTier}:\n    - "My elbows suddenly went purple"\n`);
  // The valid article already has each tier: merge the new item into the existing list of its tier.
  writeFileSync(file, source.replace(new RegExp(`(  ${itemTier}:\\n    - "My elbows suddenly went purple"\\n)((?:.|\\n)*?)  ${itemTier}:\\n`), '$1$2'));
  return root;
}

describe('triage/under-triaged, per tier', () => {
  for (const flagTier of TIERS) {
    for (const itemTier of TIERS) {
      const below = TIER_RANK[itemTier] < TIER_RANK[flagTier];
      it(`a ${flagTier} red flag written under ${itemTier} is ${below ? 'refused at its line' : 'allowed'}`, () => {
        const root = treeWith(flagTier, itemTier);
        const problems = checkContent(root, { today: '2025-11-25' }).problems;
        const triage = problems.filter((p) => p.rule === 'triage/under-triaged');
        expect(problems.filter((p) => p.rule !== 'triage/under-triaged')).toEqual([]);
        if (!below) {
          expect(triage).toEqual([]);
          return;
        }
        expect(triage).toHaveLength(1);
        const line = readFileSync(join(root, triage[0].file), 'utf8').split('\n')[triage[0].line - 1];
        expect(line.slice(triage[0].column - 1)).toBe('"My elbows suddenly went purple"');
        expect(triage[0].message).toContain(`must be under get_help.${flagTier}`);
        expect(triage[0].message).toContain(`not get_help.${itemTier}`);
      });
    }
  }
});
