// The DOI rule accepts what Crossref has issued and refuses what cannot be a DOI.
import { describe, it, expect } from 'vitest';
import { DOI_PATTERN } from '../../../src/lib/check/checker.ts';

describe('DOI_PATTERN', () => {
  it.each([
    '10.1002/(SICI)1099-0771(200001/03)13:1<1::AID-BDM333>3.0.CO;2-S', // Wiley SICI, issued by Crossref
    '10.1016/0160-4120(91)90282-U',
    '10.1002/14651858.CD004871.pub5',
    '10.1097/BRS.0b013e3182a7f4de',
    '10.1000.10/abc#1', // a registrant with a subcode
    '10.3822/ijtmb.v5i3.146',
  ])('accepts %s', (doi) => expect(DOI_PATTERN.test(doi)).toBe(true));
  it.each([
    'https://doi.org/10.1002/abc',
    'doi:10.1002/abc',
    '10.1002/ab c',
    '10.1002/abc\n',
    '10.1002/',
    '10/fqd6hj',
    '11.1002/abc',
    '10.12/abc',
    '1002/abc',
    '10.1002/abc\u200b',
  ])('refuses %j', (doi) => expect(DOI_PATTERN.test(doi)).toBe(false));
});
