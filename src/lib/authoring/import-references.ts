// `npm run import`: one content/references/<id>.yaml per record of an export, skipping sources already in the collection.
import { existsSync, readdirSync, readFileSync, openSync, writeSync, closeSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { readExport, ImportErrors, type ImportError, type SourceRecord } from '../references/read-exports.ts';
import { slugify } from '../content/slug.ts';
import { toReference, baseId, freeId, referenceYaml, normaliseDoi, normalisePmid, type ImportedReference } from '../references/from-csl.ts';

/** What content/references/ already holds: ids, and the file holding each DOI (lower-case), PMID, URL and title-and-year. */
export interface ExistingReferences {
  ids: Set<string>;
  doi: Map<string, string>;
  pmid: Map<string, string>;
  url: Map<string, string>;
  /** slug of the title of the file holding each URL: chapters of one book share the book's URL, so a URL alone is not the source. */
  urlTitle?: Map<string, string>;
  /** slug of the title + year, to recognise a source that has neither DOI nor PMID. */
  titleYear: Map<string, string>;
}

/** URLs compare without scheme, "www.", trailing slash or case of the host. */
const urlKey = (url: string) => url.trim().replace(/^https?:\/\/(www\.)?/i, '').replace(/^[^/]+/, (h) => h.toLowerCase()).replace(/\/+$/, '');
const titleYearKey = (title: unknown, issued: unknown) => {
  const year = (issued as { 'date-parts'?: unknown[][] } | undefined)?.['date-parts']?.[0]?.[0];
  return typeof title === 'string' && title.trim() ? `${slugify(title)}@${year ?? ''}` : undefined;
};

const REFERENCES = 'content/references';

/** Indexes the reference files under `<root>/content/references/` (a file whose YAML cannot be read still takes its id). */
function indexReferences(root: string): ExistingReferences {
  const index: ExistingReferences = { ids: new Set(), doi: new Map(), pmid: new Map(), url: new Map(), urlTitle: new Map(), titleYear: new Map() };
  const dir = join(root, REFERENCES);
  if (!existsSync(dir)) return index;
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.yaml')) continue;
    index.ids.add(name.slice(0, -'.yaml'.length));
    let data: { DOI?: unknown; PMID?: unknown; URL?: unknown; title?: unknown; issued?: unknown } | undefined;
    try {
      data = parse(readFileSync(join(dir, name), 'utf8')) as typeof data;
    } catch {
      continue;
    }
    const path = `${REFERENCES}/${name}`;
    const doi = normaliseDoi(data?.DOI)?.toLowerCase();
    const pmid = normalisePmid(data?.PMID);
    if (doi && !index.doi.has(doi)) index.doi.set(doi, path);
    if (pmid && !index.pmid.has(pmid)) index.pmid.set(pmid, path);
    if (typeof data?.URL === 'string' && !index.url.has(urlKey(data.URL))) {
      index.url.set(urlKey(data.URL), path);
      if (typeof data.title === 'string') index.urlTitle!.set(urlKey(data.URL), slugify(data.title));
    }
    const ty = titleYearKey(data?.title, data?.issued);
    if (ty && !index.titleYear.has(ty)) index.titleYear.set(ty, path);
  }
  return index;
}

interface PlannedFile {
  id: string;
  /** content/references/<id>.yaml, relative to the root. */
  path: string;
  text: string;
  record: SourceRecord;
  reference: ImportedReference;
  notes: string[];
}

interface SkippedRecord {
  record: SourceRecord;
  reason: string;
}

export interface ImportPlan {
  files: PlannedFile[];
  skipped: SkippedRecord[];
  /** Malformed records left out (only with skipInvalid; otherwise they stop the import). */
  invalid: ImportError[];
}

/** Decides, without touching the disk, which records become which files and which are duplicates. */
export function planImport(source: string, records: SourceRecord[], existing: ExistingReferences): ImportPlan {
  const files: PlannedFile[] = [];
  const skipped: SkippedRecord[] = [];
  const doiSeen = new Map(existing.doi);
  const pmidSeen = new Map(existing.pmid);
  const urlSeen = new Map(existing.url);
  const urlTitle = new Map(existing.urlTitle ?? []);
  const titleSeen = new Map(existing.titleYear);
  const ids = new Set(existing.ids);
  for (const record of records) {
    const { reference, notes: mapped } = toReference(record.csl);
    const notes = [...(record.notes ?? []), ...mapped];
    const ref = { ...reference, title: reference.title! } as ImportedReference; // readRecords refused untitled records
    const doiKey = ref.DOI?.toLowerCase();
    const where = (path: string) => (path.startsWith('#') ? `record ${path.slice(1)} of this file` : path);
    if (doiKey && doiSeen.has(doiKey)) {
      skipped.push({ record, reason: `DOI ${ref.DOI} is already in ${where(doiSeen.get(doiKey)!)}` });
      continue;
    }
    if (ref.PMID && pmidSeen.has(ref.PMID)) {
      skipped.push({ record, reason: `PMID ${ref.PMID} is already in ${where(pmidSeen.get(ref.PMID)!)}` });
      continue;
    }
    const url = ref.URL ? urlKey(ref.URL) : undefined;
    // The same URL is the same source only with the same title (or when the file holding it has no title to compare).
    if (url && urlSeen.has(url) && (!urlTitle.has(url) || urlTitle.get(url) === slugify(ref.title))) {
      skipped.push({ record, reason: `URL ${ref.URL} is already in ${where(urlSeen.get(url)!)}` });
      continue;
    }
    // Without DOI or PMID, the same title and year is taken as the same source.
    const ty = titleYearKey(ref.title, ref.issued);
    if (!doiKey && !ref.PMID && ty && titleSeen.has(ty)) {
      skipped.push({ record, reason: `a source with the same title and year is already in ${where(titleSeen.get(ty)!)}` });
      continue;
    }
    if (doiKey) doiSeen.set(doiKey, `#${record.index}`);
    if (ref.PMID) pmidSeen.set(ref.PMID, `#${record.index}`);
    if (url && !urlSeen.has(url)) {
      urlSeen.set(url, `#${record.index}`);
      urlTitle.set(url, slugify(ref.title));
    }
    if (ty && !titleSeen.has(ty)) titleSeen.set(ty, `#${record.index}`);
    if (!ref.DOI && !ref.PMID && !ref.URL) notes.push('no DOI, PMID or URL: add one from the record you verify, or the check fails');
    const id = freeId(baseId(ref), (candidate) => ids.has(candidate));
    ids.add(id);
    const text = referenceYaml(ref, {
      header: `Imported by npm run import from ${source}, record ${record.index}. Check every field against the source, then fill the FILL lines.`,
      evidenceNote: record.publicationTypes?.length ? `PubMed publication types: ${record.publicationTypes.join('; ')}` : undefined,
    });
    files.push({ id, path: `${REFERENCES}/${id}.yaml`, text, record, reference: ref, notes });
  }
  return { files, skipped, invalid: [] };
}

/** Writes `text` to a new file only: never replaces an existing one. Returns false when the file exists. */
function writeNew(full: string, text: string): boolean {
  let fd: number;
  try {
    fd = openSync(full, 'wx');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
  return true;
}

export interface ImportOptions {
  /** Import the well-formed records of a file with malformed ones, and list the malformed ones (plan.invalid). */
  skipInvalid?: boolean;
}

/**
 * Imports the export `file` (its text may be given, e.g. when fetched) into `<root>/content/references/`.
 * Throws an ImportError, having written nothing, when the file is malformed: ImportErrors naming every malformed record,
 * unless `skipInvalid`, which imports the others and lists the malformed ones in `invalid`. Never overwrites a file.
 */
export function importReferences(root: string, file: string, text = readFileSync(file, 'utf8'), source = basename(file), options: ImportOptions = {}): ImportPlan {
  const { records, problems } = readExport(file, text);
  if (problems.length && (!options.skipInvalid || records.length === 0)) throw new ImportErrors(problems, records.length);
  const existing = indexReferences(root);
  const plan = { ...planImport(source, records, existing), invalid: problems };
  mkdirSync(join(root, REFERENCES), { recursive: true });
  for (const planned of plan.files) {
    // The index was read a moment ago; if a file with this id appeared since, take the next free id instead.
    while (!writeNew(join(root, planned.path), planned.text)) {
      existing.ids.add(planned.id);
      for (const other of plan.files) existing.ids.add(other.id);
      planned.id = freeId(baseId(planned.reference), (candidate) => existing.ids.has(candidate) || existsSync(join(root, REFERENCES, `${candidate}.yaml`)));
      planned.path = `${REFERENCES}/${planned.id}.yaml`;
    }
  }
  return plan;
}
