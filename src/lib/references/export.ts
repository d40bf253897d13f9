// Exports a page's references for reference managers: CSL-JSON and RIS (Zotero, EndNote, Mendeley).
import { risText } from './ris.ts';
import { toCsl } from './to-csl.ts';
import type { Reference } from '../content/schemas.ts';

export function toCslJson(entries: Array<[string, Reference]>): string {
  return JSON.stringify(entries.map(([id, ref]) => toCsl(id, ref)), null, 2) + '\n';
}

export function toRis(entries: Array<[string, Reference]>): string {
  return risText(entries.map(([id, ref]) => toCsl(id, ref)));
}
