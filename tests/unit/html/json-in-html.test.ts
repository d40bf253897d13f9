// JSON inside <script>: no content string can close the element, and the value survives the round trip.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { jsonForHtml } from '../../../src/lib/html/json-in-html.ts';
import { cspFirst } from '../../../src/lib/html/csp-first.ts';

describe('jsonForHtml', () => {
  it('escapes the characters that end a script element or a comment', () => {
    const out = jsonForHtml({ q: 'How safe?</script><script>window.__x=1</script>', c: '<!-- x -->', d: ']]>', e: 'a&b', f: '\u2028\u2029' });
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(out).toContain('\\u003c/script\\u003e');
  });
  it('parses back to the same value, for any value', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => {
      expect(JSON.parse(jsonForHtml(v))).toEqual(JSON.parse(JSON.stringify(v)));
    }));
  });
  it('never contains "</" or "<!--" whatever the strings', () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: fc.constantFrom('<', '/', 's', 'c', 'r', 'i', 'p', 't', '>', '!', '-', '&', '\u2028', 'x') })), (a) => {
      const out = jsonForHtml(a);
      expect(out).not.toMatch(/<\/|<!--|[\u2028\u2029]/);
    }));
  });
});

describe('cspFirst', () => {
  const csp = `<meta http-equiv="content-security-policy" content="default-src 'self'">`;
  it('moves the CSP meta right after <meta charset>, before the title and any script', () => {
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>T</title><script type="application/ld+json">{}</script>${csp}</head><body></body></html>`;
    const out = cspFirst(page);
    expect(out).toBe(`<!DOCTYPE html><html><head><meta charset="utf-8">${csp}<title>T</title><script type="application/ld+json">{}</script></head><body></body></html>`);
    expect(out.length).toBe(page.length);
  });
  it('leaves a page without a CSP meta as it is', () => {
    const page = '<html><head><title>T</title></head></html>';
    expect(cspFirst(page)).toBe(page);
  });
  it('puts it first when there is no charset meta', () => {
    expect(cspFirst(`<html><head><title>T</title>${csp}</head></html>`)).toBe(`<html><head>${csp}<title>T</title></head></html>`);
  });
});
