// Builds fixture content trees whose every free-text field holds a payload from a public XSS list, and their clean twins.
import { readFileSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { parseDocument, isScalar, visit, type Document } from 'yaml';
import { splitFrontmatter } from '../../src/lib/mdx/pipeline.ts';
import { checkContent } from '../../src/lib/check/checker.ts';

const repo = join(import.meta.dirname, '..', '..');
const valid = join(repo, 'tests', 'fixtures', 'valid', 'content');
/** The neutral text the clean twin carries where the payload tree carries a payload. */
const NEUTRAL = 'Plain words';
/** A red flag's neutral words differ, so the neutral get-help items ("Plain words") never name it. */
const neutralFor = (file: string) => (file.startsWith('red-flags/') ? 'Quiet sign text' : NEUTRAL);

/** payloadbox/xss-payload-list (MIT), a sample of Intruder/xss-payload-list.txt; see tests/fixtures/payloads/SOURCES.md. */
export function publicPayloads(): string[] {
  return readFileSync(join(repo, 'tests', 'fixtures', 'payloads', 'xss-payload-list.txt'), 'utf8').split('\n').filter((l) => l.trim());
}

/** Our own cases for the contexts the list does not aim at: <script> JSON, XML, RIS records, attributes. */
export const OWN_PAYLOADS = [
  'How safe is massage therapy?</script><script>window.__x=1</script>',
  '</script><!--<script>window.__x=1//',
  ']]><x>window.__x=1</x>',
  'Title\nER  - \nTY  - JOUR\nTI  - injected record',
  '" onmouseover="window.__x=1" x="',
  "' autofocus onfocus='window.__x=1",
  '\u2028\u2029</title><script>window.__x=1</script>',
  'javascript:window.__x=1',
  '{{constructor.constructor("window.__x=1")()}}',
  '&lt;script&gt;window.__x=1&lt;/script&gt;',
];

// Fields that name things rather than say things: left as they are (ids, enums, dates, identifiers are schema-checked).
const KEEP = new Set(['tier', 'status', 'design', 'direction', 'strength', 'certainty', 'basis', 'type', 'evidence', 'DOI', 'PMID', 'PMCID', 'URL', 'ref', 'date', 'evidence_searched', 'next_review_due', 'last_reviewed', 'review_by']);

function entryFiles(): string[] {
  return readdirSync(valid, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name).slice(valid.length + 1));
}

/**
 * Sets every free-text scalar to `value`. A reference's record text (abstract, excerpts' text) is never shown on a page;
 * it is set to `recordText`, which holds every payload of the copy, so each quote is found in it as the gate requires.
 */
function setStrings(doc: Document, value: string, recordText: string): void {
  visit(doc, {
    Pair(_, pair) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (KEEP.has(key) || /(^|_)id$|conditions|symptoms|claims/.test(key)) return visit.SKIP;
      if ((key === 'abstract' || key === 'text') && isScalar(pair.value)) {
        pair.value.value = recordText;
        pair.value.type = 'QUOTE_DOUBLE';
        return visit.SKIP;
      }
    },
    Scalar(where, node) {
      if (where !== 'key' && typeof node.value === 'string' && !/^fuzz-|^fixture-/.test(node.value)) {
        node.value = value;
        node.type = 'QUOTE_DOUBLE';
      }
    },
  });
}

/** Writes copy `k` of the valid tree under `root`, every free-text field set to `text(file)`; body paragraphs get `body`. */
function writeCopy(root: string, k: number, text: (file: string) => string, body: (file: string) => string | undefined): void {
  const recordText = [...new Set(entryFiles().map(text))].join(' ');
  for (const file of entryFiles()) {
    let source = readFileSync(join(valid, file), 'utf8')
      .replace(/\bfixture-([a-z0-9-]+)/g, `fuzz-$1-c${k}`)
      .replace(/10\.5555\/fixture\./g, `10.5555/fuzz${k}.`)
      .replace(/PMID: "1000001"/, `PMID: "${2000000 + k}"`);
    const out = join(root, 'content', file.replace(/fixture-([a-z0-9-]+)/, `fuzz-$1-c${k}`));
    const isMdx = file.endsWith('.mdx');
    const split = isMdx ? splitFrontmatter(source) : undefined;
    const doc = parseDocument(split ? split.frontmatter : source);
    setStrings(doc, text(file), recordText);
    const extra = body(file);
    source = split ? `---\n${doc.toString({ lineWidth: 0 })}---\n${split.body.trimStart().replace(/^\s*\n/, '')}${extra ? `\n${extra}\n` : ''}` : doc.toString({ lineWidth: 0 });
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, source);
  }
}

export interface PayloadTrees {
  /** How many (payload, entry) pairs were written, refused by the check, and accepted as plain text. */
  tried: number;
  refused: number;
  accepted: number;
}

/**
 * Writes a payload tree at `dirty` and its clean twin at `clean`. Copy k of the valid tree carries one payload per file
 * (file i of copy k gets payload k·files+i, rotating so each payload reaches several kinds of entry). Files the checker
 * refuses (the payload broke a rule: a figure not in a quote, an invisible character, raw HTML in a body) fall back to the
 * neutral text in both trees: refused payloads are counted, never built.
 */
export function writePayloadTrees(dirty: string, clean: string, payloads: string[], copies: number): PayloadTrees {
  const files = entryFiles();
  const pick = (k: number, file: string) => payloads[(k * files.length + files.indexOf(file)) % payloads.length];
  const refusedFiles = new Set<string>();
  const key = (k: number, file: string) => `${k}:${file}`;
  const write = () => {
    for (let k = 0; k < copies; k++) {
      const ok = (f: string) => !refusedFiles.has(key(k, f));
      writeCopy(dirty, k, (f) => (ok(f) ? pick(k, f) : neutralFor(f)), (f) => (f.startsWith('articles/') && ok(f) ? pick(k, f) : undefined));
      writeCopy(clean, k, neutralFor, (f) => (f.startsWith('articles/') && ok(f) ? NEUTRAL : undefined));
    }
  };
  write();
  for (let round = 0; round < 3; round++) {
    const errors = checkContent(dirty).problems.filter((p) => p.severity === 'error');
    if (errors.length === 0) break;
    for (const p of errors) {
      const m = /-c(\d+)\.(mdx|yaml)$/.exec(p.file);
      const file = files.find((f) => p.file.endsWith(f.replace(/fixture-([a-z0-9-]+)/, `fuzz-$1-c${m?.[1]}`)));
      if (m && file) refusedFiles.add(key(Number(m[1]), file));
      else throw new Error(`unexpected problem outside the payload files: ${p.file}:${p.line} ${p.message}`);
    }
    write();
  }
  const left = checkContent(dirty).problems.filter((p) => p.severity === 'error');
  if (left.length) throw new Error(`payload tree still fails the check: ${left[0].file}:${left[0].line} ${left[0].message}`);
  const tried = copies * files.length;
  return { tried, refused: refusedFiles.size, accepted: tried - refusedFiles.size };
}
