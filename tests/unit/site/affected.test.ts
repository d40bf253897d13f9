// Pages a change alters: each kind of entry leads to exactly the pages that show its data (the valid fixture tree).
import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { buildSiteModel } from '../../../src/lib/site/model.ts';
import { affectedPages, artifactPath } from '../../../src/lib/site/affected.ts';

const model = buildSiteModel(join(import.meta.dirname, '..', '..', 'fixtures', 'valid'), { today: '2025-11-25' });
const pages = (collection: string, id: string) => affectedPages(model, [{ collection: collection as never, id }]).pages;

describe('affectedPages', () => {
  it('a claim: its page, the article and recommendation placing it, the reference it cites', () => {
    expect(pages('claims', 'fixture-claim-one')).toEqual(['/articles/fixture-article/', '/claims/fixture-claim-one/', '/recommendations/fixture-recommendation/', '/references/fixture-trial-2020/']);
  });
  it('a recommendation: its page, the article placing it, the claims it rests on, the references it cites', () => {
    expect(pages('recommendations', 'fixture-recommendation')).toEqual([
      '/articles/fixture-article/', '/claims/fixture-claim-one/', '/claims/fixture-claim-two/', '/recommendations/fixture-recommendation/', '/references/fixture-guideline-2021/', '/references/fixture-trial-2020/',
    ]);
  });
  it('a reference: its page and everything citing it, with the articles whose reference lists show it', () => {
    expect(pages('references', 'fixture-trial-2020')).toEqual(['/articles/fixture-article/', '/claims/fixture-claim-one/', '/recommendations/fixture-recommendation/', '/references/fixture-trial-2020/']);
  });
  it('an article: its page, the home page and feed, and every page listing it', () => {
    expect(pages('articles', 'fixture-article')).toEqual([
      '/', '/articles/fixture-article/', '/claims/fixture-claim-one/', '/claims/fixture-claim-two/', '/conditions/fixture-condition/', '/recommendations/fixture-recommendation/',
      '/references/fixture-guideline-2021/', '/references/fixture-trial-2020/', '/rss.xml', '/symptoms/fixture-symptom/',
    ]);
  });
  it('a symptom or a condition: its page, the A–Z lists, the articles listing it, and its counterpart', () => {
    expect(pages('symptoms', 'fixture-symptom')).toEqual(['/', '/articles/fixture-article/', '/conditions/fixture-condition/', '/search/', '/symptoms/', '/symptoms/fixture-symptom/']);
    expect(pages('conditions', 'fixture-condition')).toEqual(['/', '/articles/fixture-article/', '/conditions/', '/conditions/fixture-condition/', '/search/', '/symptoms/fixture-symptom/']);
  });
  it('lists an entry that no longer exists as removed, and unions several changes', () => {
    const r = affectedPages(model, [{ collection: 'claims', id: 'gone' }, { collection: 'claims', id: 'fixture-claim-one' }, { collection: 'references', id: 'fixture-trial-2020' }]);
    expect(r.removed).toEqual(['/claims/gone/']);
    expect(r.pages).toEqual(pages('claims', 'fixture-claim-one'));
  });
  it('names each page inside the site artifact', () => {
    expect(artifactPath('/claims/x/')).toBe('claims/x/index.html');
    expect(artifactPath('/rss.xml')).toBe('rss.xml');
  });
});
