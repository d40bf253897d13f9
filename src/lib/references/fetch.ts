// `npm run import -- doi:… | pmid:…`: fetches one record over the network (doi.org CSL-JSON, PubMed MEDLINE) to import like a file.
import { DOI_PATTERN, PMID_PATTERN } from '../check/checker.ts';
import { normaliseDoi } from './from-csl.ts';
import { doiUrl } from './format.ts';

interface FetchedRecord {
  /** A file-like name whose extension tells the importer the format, e.g. "pmid-12345.nbib". */
  name: string;
  text: string;
}

/** A network lookup that failed, with a hint on the offline way. */
export class FetchError extends Error {
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
    this.name = 'FetchError';
  }
}

const OFFLINE_HINT = 'export the record as a file instead (PubMed: "Cite" → "Download .nbib"; a publisher or Zotero: .ris, .bib or CSL-JSON) and run npm run import -- <file>';

/** Whether an argument names a record to fetch rather than a file. */
export function isLookup(arg: string): boolean {
  return /^(doi|pmid):/i.test(arg);
}

export async function fetchRecord(arg: string, fetchImpl: typeof fetch = fetch, timeoutMs = 20_000): Promise<FetchedRecord> {
  const [scheme, ...rest] = arg.split(':');
  const value = rest.join(':').trim();
  let url: string;
  let headers: Record<string, string> = {};
  let name: string;
  if (scheme.toLowerCase() === 'doi') {
    const doi = normaliseDoi(value);
    if (!doi || !DOI_PATTERN.test(doi)) throw new FetchError(`"${value}" is not a DOI`, 'a DOI looks like doi:10.1234/abc-123');
    url = doiUrl(doi);
    headers = { Accept: 'application/vnd.citationstyles.csl+json' };
    name = `doi-${doi}.json`;
  } else {
    if (!PMID_PATTERN.test(value)) throw new FetchError(`"${value}" is not a PMID`, 'a PMID is 1 to 8 digits, e.g. pmid:37058018');
    url = `https://eutils.ncbi.nlm.nih.gov/entrez/eutils/efetch.fcgi?db=pubmed&id=${value}&rettype=medline&retmode=text`;
    name = `pmid-${value}.nbib`;
  }
  let response: Response;
  try {
    response = await fetchImpl(url, { headers, signal: AbortSignal.timeout(timeoutMs) });
  } catch (err) {
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    throw new FetchError(`could not reach ${new URL(url).host} to look up ${arg} (${cause?.code ?? cause?.message ?? (err as Error).message}); the network may be closed here`, OFFLINE_HINT);
  }
  if (response.status === 404) throw new FetchError(`${arg} was not found (${new URL(url).host} answered 404)`, 'check the identifier against the source');
  if (!response.ok) throw new FetchError(`${new URL(url).host} answered ${response.status} ${response.statusText} for ${arg}`, OFFLINE_HINT);
  const text = await response.text();
  if (scheme.toLowerCase() === 'pmid' && !/^PMID- ?\d/m.test(text)) throw new FetchError(`PubMed returned no record for ${arg}`, 'check the PMID against the source');
  return { name, text };
}
