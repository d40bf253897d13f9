// Every URL and source path of an entry, in one place: pages, data files and the content file behind each page.
import { COLLECTIONS, type CollectionName } from '../content/schemas.ts';

/** The site's public origin (astro.config.mjs reads it from here). */
export const SITE = 'https://open-evidence.example.org';

/** An entry's page, e.g. /claims/some-claim/. */
export const entryUrl = (collection: CollectionName, id: string) => `/${collection}/${id}/`;

/** An entry's JSON data file. */
export const entryJsonUrl = (collection: CollectionName, id: string) => `/${collection}/${id}.json`;

/** A file that belongs to an article page, e.g. /articles/x/references.ris or /articles/x/cite.bib. */
export const articleFileUrl = (id: string, file: string) => `/articles/${id}/${file}`;

/** The content file an entry is written in, relative to the project root. */
export const entryPath = (collection: CollectionName, id: string) => `content/${collection}/${id}${COLLECTIONS[collection].ext}`;

/** A path on this site as an absolute URL. */
export const absoluteUrl = (path: string) => new URL(path, SITE).href;
