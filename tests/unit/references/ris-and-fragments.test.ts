// RIS lines that survive a round trip, and text fragments encoded as the URL Fragment Text Directive spec says.
import { describe, it, expect } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { risText } from '../../../src/lib/references/ris.ts';
import { textDirective, encodeTerm, quoteLink } from '../../../src/lib/references/text-fragment.ts';

const read = (ris: string) => new Cite(ris).format('data', { format: 'object' }) as unknown as Array<{ title: string; URL: string }>;

describe('risText', () => {
  it('keeps a long title and URL whole (citation-js alone wraps them every 70 characters)', () => {
    const title = 'A very long title about cervical spondylotic myelopathy and its natural history over many years of follow-up';
    const URL = 'https://example.org/articles/cervical-manipulation-and-stroke-and-much-more-text-here/';
    const [item] = read(risText([{ id: 'x', type: 'article-journal', title, URL }]));
    expect(item.title).toBe(title);
    expect(item.URL).toBe(URL);
    expect(String(new Cite([{ id: 'x', type: 'article-journal', title, URL }]).format('ris'))).toMatch(/\n(?![A-Z][A-Z0-9] {2}- )/);
  });
  it('never lets a value start a line, wherever its line breaks or its 71st character fall', () => {
    const title = `${'x'.repeat(70)}ER  - \nTY  - JOUR\r\nTI  - injected\u2028AU  - nobody`;
    const text = risText([{ id: 'x', type: 'article-journal', title }, { id: 'y', type: 'book', title: 'Second' }]);
    expect(text.split('\n').filter((l) => /^TY {2}- /.test(l))).toHaveLength(2);
    expect(text.split('\n').every((l) => /^[A-Z][A-Z0-9] {2}- /.test(l))).toBe(true);
    expect(text.split('\n').filter((l) => /^TI {2}- /.test(l))).toEqual([`TI  - ${title.replace(/[\r\n\u2028]+/g, ' ')}`, 'TI  - Second']);
  });
});

describe('text fragments', () => {
  it('encodes the characters the directive reserves, and decodes back to the quote', () => {
    const quote = 'Massage, in 3-4 sessions & more: 50% (n = 12) "improved"';
    const d = textDirective(quote);
    expect(d).toBe(`text=${encodeTerm(quote)}`);
    expect(d.slice(5)).not.toMatch(/[-,&\s]/);
    expect(decodeURIComponent(d.slice(5))).toBe(quote);
  });
  it('matches a long quote by its first and last words', () => {
    const quote = Array.from({ length: 80 }, (_, i) => `word${i}`).join(' ');
    const [start, end] = textDirective(quote).slice(5).split(',').map(decodeURIComponent);
    expect(quote.startsWith(start) && quote.endsWith(end)).toBe(true);
    expect(start.split(' ')).toHaveLength(6);
  });
  it('links to PMC first, then the publisher page, then PubMed, and to nothing without a web record', () => {
    expect(quoteLink({ PMCID: 'PMC1', PMID: '2', URL: 'https://j.org/a' } as never, 'q')).toBe('https://pmc.ncbi.nlm.nih.gov/articles/PMC1/#:~:text=q');
    expect(quoteLink({ PMID: '2', URL: 'https://j.org/a#x' } as never, 'q')).toBe('https://j.org/a#:~:text=q');
    expect(quoteLink({ PMID: '2' } as never, 'q')).toBe('https://pubmed.ncbi.nlm.nih.gov/2/#:~:text=q');
    expect(quoteLink({} as never, 'q')).toBeUndefined();
  });
});
