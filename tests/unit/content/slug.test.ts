// Ids made from names and titles: ASCII, lower-case, hyphenated.
import { describe, it, expect } from 'vitest';
import { foldToAscii, slugify } from '../../../src/lib/content/slug.ts';
import { ID_PATTERN } from '../../../src/lib/content/schemas.ts';

describe('slugify', () => {
  it('folds accents and special letters', () => {
    expect(foldToAscii('Müller Øster Łukasz Straße Æsop')).toBe('Muller Oster Lukasz Strasse AEsop');
    expect(slugify('Neck Pain: Müller 2024')).toBe('neck-pain-muller-2024');
    expect(slugify("O'Brien-Smith")).toBe('o-brien-smith');
  });
  it('returns a valid id or nothing', () => {
    for (const s of ['  --A  b--', 'ﬁnal', 'Ærø 2001', '日本']) {
      const slug = slugify(s);
      expect(slug === '' || ID_PATTERN.test(slug)).toBe(true);
    }
    expect(slugify('日本')).toBe('');
  });
});
