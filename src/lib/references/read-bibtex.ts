// Reads a BibTeX export (Zotero, Better BibTeX, JabRef, BibDesk, EndNote, Mendeley) entry by entry, so one broken entry names itself.
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import type { CslItem } from './from-csl.ts';
import { ImportError, FIX_HINT, lineOf, short, texts, settle, type Read, type SourceRecord } from './export-record.ts';

/** BibTeX fields that may hold a DOI, PMID or PMCID as a label ("doi: …", "{PMID:} …", a doi.org or PubMed link). */
const BIB_NOTE_FIELDS = ['note', 'annote', 'annotation', 'extra', 'addendum', 'comment'];
const BIB_URL_FIELDS = ['url', 'howpublished', 'eprint'];

/** Mendeley's BibTeX entry types with an underscore, as the BibTeX types they stand for. */
const MENDELEY_TYPES: Record<string, string> = { book_section: 'incollection', web_page: 'online', conference_proceedings: 'proceedings', journal_article: 'article', magazine_article: 'article', newspaper_article: 'article', computer_program: 'software', encyclopedia_article: 'inreference', television_broadcast: 'misc', film: 'misc' };

export function readBibtex(file: string, text: string): Read {
  const records: SourceRecord[] = [];
  const problems: ImportError[] = [];
  // Entries start at "@type{" or "@type(" at the start of a line; each is parsed on its own, so one broken entry names itself.
  // Types may hold "_" and "-" (Mendeley writes @book_section, @web_page).
  const starts = [...text.matchAll(/^[ \t]*@[ \t]*([a-zA-Z][\w-]*)[ \t]*[{(]/gm)].map((m) => ({ offset: m.index, type: m[1].toLowerCase(), line: lineOf(text, m.index) }));
  let strings = '';
  let index = 0;
  starts.forEach((start, i) => {
    const chunk = text.slice(start.offset, starts[i + 1]?.offset ?? text.length);
    if (start.type === 'comment' || start.type === 'preamble') return;
    if (start.type === 'string') {
      strings += `${chunk.trim()}\n`;
      return;
    }
    index++;
    const keyMatch = /^[ \t]*@[ \t]*[a-zA-Z][\w-]*[ \t]*[{(][ \t]*([^,\s=]*)[ \t]*(,|\r?\n|=)?/.exec(chunk);
    let key = keyMatch?.[1] ?? '';
    let source = chunk;
    // An entry with no key (EndNote writes "@article{" and a newline; Mendeley "@article{,"): give it one to parse.
    if (!key || keyMatch?.[2] === '=') {
      key = '';
      source = chunk.replace(/^([ \t]*@[ \t]*[a-zA-Z][\w-]*[ \t]*[{(])[ \t]*,?/, `$1record${index},`);
    }
    // citation-js reads only letters as an entry type: give Mendeley's @book_section and @web_page their BibTeX names.
    source = source.replace(/^([ \t]*@[ \t]*)([a-zA-Z][\w-]*)/, (all, at: string, type: string) => (/[\W_]/.test(type) ? `${at}${MENDELEY_TYPES[type.toLowerCase()] ?? type.replace(/[\W_]/g, '')}` : all));
    const label = key || `no key`;
    const prefixLines = strings ? strings.split('\n').length - 1 : 0;
    let entries: { type: string; label: string; properties: Record<string, unknown> }[];
    try {
      entries = plugins.input.chainLink(`${strings}${source}`, { forceType: '@biblatex/text' }) as typeof entries;
    } catch (err) {
      const message = (err as Error).message.split('\n')[0];
      const at = /at line (\d+) col (\d+)/.exec(message);
      const line = at ? Math.max(start.line, start.line + Number(at[1]) - 1 - prefixLines) : start.line;
      problems.push(new ImportError(file, line, at ? Number(at[2]) : 1, `record ${index} (${label}${start.line < line ? `, from line ${start.line}` : ''}): BibTeX syntax: ${message.replace(/\s*at line \d+ col \d+:?$/, '')}`, FIX_HINT));
      return;
    }
    const entry = entries.find((e) => e.label === (key || `record${index}`)) ?? entries[entries.length - 1];
    if (entries.length > 1) {
      // Another entry began mid-line ("} @article{…"): never drop it silently.
      problems.push(new ImportError(file, start.line, 1, `record ${index} (${label}): ${entries.length} entries where one was expected; start each "@type{" on a line of its own`, FIX_HINT));
      return;
    }
    if (!entry) {
      problems.push(new ImportError(file, start.line, 1, `record ${index} (${label}): BibTeX syntax: not an entry`, FIX_HINT));
      return;
    }
    // citation-js knows \o, \ss, \ae, … but not \aa and \AA (å, Å): "H{\aa}kansson" would stay "H\aakansson".
    for (const [k, v] of Object.entries(entry.properties)) {
      if (typeof v === 'string') entry.properties[k] = v.replace(/\\(aa|AA)(?![a-zA-Z])\s*(?:\{\})?/g, (_, c: string) => (c === 'aa' ? 'å' : 'Å'));
    }
    let csl: CslItem;
    const readNotes: string[] = [];
    try {
      [csl] = plugins.input.chain(entry, { forceType: '@biblatex/entry+object', generateGraphs: false }) as CslItem[];
    } catch (err) {
      // A LaTeX command with nothing to act on ("Ragnhei{\d}ur"): drop the command and read the field again.
      const bare = /\\(?:[a-zA-Z]+|[^a-zA-Z\s])\s*(?=\})/g;
      const fixed = Object.fromEntries(Object.entries(entry.properties).map(([k, v]) => [k, typeof v === 'string' ? v.replace(bare, '') : v]));
      const changed = Object.keys(fixed).filter((k) => fixed[k] !== entry.properties[k]);
      try {
        if (!changed.length) throw err;
        [csl] = plugins.input.chain({ ...entry, properties: fixed }, { forceType: '@biblatex/entry+object', generateGraphs: false }) as CslItem[];
        readNotes.push(`a LaTeX command with no argument was dropped from ${changed.join(', ')}; check the spelling against the source`);
      } catch {
        problems.push(new ImportError(file, start.line, 1, `record ${index} (${label}): BibTeX: ${(err as Error).message.split('\n')[0].replace(/\s*at line \d+ col \d+:?$/, '')}`, FIX_HINT));
        return;
      }
    }
    const props = Object.fromEntries(Object.entries(entry.properties).map(([k, v]) => [k.toLowerCase(), v]));
    const notesIn = texts(BIB_NOTE_FIELDS.map((f) => props[f]));
    const urlsIn = texts(BIB_URL_FIELDS.map((f) => props[f]));
    const eprintPubmed = /pubmed/i.test(String(props.eprinttype ?? props.archiveprefix ?? '')) ? props.eprint : undefined;
    const notes = settle(csl, {
      doi: texts(props.doi, csl.DOI),
      urls: texts(urlsIn, csl.URL),
      notes: notesIn,
      pmid: texts(props.pmid, eprintPubmed, csl.PMID),
      pmcid: texts(props.pmcid, csl.PMCID),
      labelled: texts(notesIn, urlsIn),
      dates: texts(props.date, props.year && props.month ? `${props.year} ${props.month}` : props.year, props.issued, props.month && !props.year ? props.month : undefined),
    });
    if (!key) delete csl['citation-key'];
    records.push({ index, line: start.line, label: key || short(String(csl.title ?? 'no key')), csl, notes: [...readNotes, ...notes] });
  });
  return { records, problems, total: index };
}

