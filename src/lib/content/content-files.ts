// Lists every file under content/ and refuses what is not an entry: only entries of known collections may exist there.
import { lstatSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS, type CollectionName } from './schemas.ts';
import type { RuleId } from '../problems/rules.ts';

/** Largest content file read, in bytes: an entry is a page of text, and a larger file is refused unread. */
export const MAX_ENTRY_BYTES = 512 * 1024;

interface ListedFile {
  collection: CollectionName;
  /** Absolute path. */
  full: string;
  /** Path from the project root, forward slashes. */
  file: string;
}

interface RefusedFile {
  rule: RuleId;
  file: string;
  message: string;
  hint: string;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const WHERE = `entries go in ${Object.entries(COLLECTIONS).map(([c, { ext }]) => `content/${c}/<id>${ext}`).join(', ')}`;

function slugOf(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'new-entry';
}

/** Judges one path inside content/ (segments below content/), returning the entry it is or why it is refused. */
function judgeContentPath(segments: readonly string[], kind: 'file' | 'dir' | 'link' | 'other', size = 0): { collection: CollectionName } | Omit<RefusedFile, 'file'> {
  const name = segments[segments.length - 1];
  if (kind === 'link') return { rule: 'files/symlink', message: 'symbolic links are not allowed in content/', hint: 'replace the link with the file itself, or delete it' };
  if (kind === 'other') return { rule: 'files/not-plain', message: 'only plain files may be in content/', hint: 'delete it' };
  if (segments.length === 1) {
    return kind === 'dir'
      ? { rule: 'files/unknown-folder', message: `content/${name}/ is not a collection`, hint: WHERE }
      : { rule: 'files/top-level', message: 'files may not sit directly in content/', hint: WHERE };
  }
  const collection = segments[0];
  if (!(collection in COLLECTIONS)) return { rule: 'files/unknown-folder', message: `content/${collection}/ is not a collection`, hint: WHERE };
  const ext = COLLECTIONS[collection as CollectionName].ext;
  if (segments.length > 2 || kind === 'dir') return { rule: 'files/sub-folder', message: `entries go directly in content/${collection}/, not in a sub-folder`, hint: `move it to content/${collection}/<id>${ext}` };
  if (name.startsWith('.')) return { rule: 'files/hidden', message: `hidden file "${name}" is not an entry`, hint: `delete it; ${WHERE}` };
  if (!name.endsWith(ext)) return { rule: 'files/wrong-extension', message: `files in content/${collection}/ must end in ${ext}`, hint: `rename it to ${slugOf(name.replace(/\.[^.]*$/, ''))}${ext}, or delete it if it is not an entry` };
  const id = name.slice(0, -ext.length);
  if (!ID.test(id)) return { rule: 'files/invalid-id', message: `"${id}" is not a valid id (the file name is the id)`, hint: `use lower-case letters, digits and hyphens, e.g. ${slugOf(id)}${ext}` };
  if (size > MAX_ENTRY_BYTES) return { rule: 'files/too-large', message: `the file is ${Math.round(size / 1024)} KB; an entry may be at most ${MAX_ENTRY_BYTES / 1024} KB`, hint: 'split it into several entries' };
  return { collection: collection as CollectionName };
}

/** Whether a project-relative path such as "content/claims/x.mdx" names an entry file of a known collection. */
export function isEntryPath(file: string): boolean {
  return entryOfPath(file) !== undefined;
}

/** Which entry a project-relative path is ("content/claims/x.mdx" → claims/x), or undefined for any other path. */
export function entryOfPath(file: string): { collection: CollectionName; id: string } | undefined {
  const segments = file.split('\\').join('/').split('/');
  if (segments[0] !== 'content' || segments.length !== 3) return undefined;
  const judged = judgeContentPath(segments.slice(1), 'file');
  if (!('collection' in judged)) return undefined;
  return { collection: judged.collection, id: segments[2].slice(0, -COLLECTIONS[judged.collection].ext.length) };
}

/** Every file, folder and link under `<root>/content`, judged; entries in collection order, then name order. */
export function listContentFiles(root: string): { files: ListedFile[]; refused: RefusedFile[] } {
  const files: ListedFile[] = [];
  const refused: RefusedFile[] = [];
  const walk = (segments: string[]) => {
    const dir = join(root, 'content', ...segments);
    for (const dirent of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const here = [...segments, dirent.name];
      const full = join(dir, dirent.name);
      const file = ['content', ...here].join('/');
      const kind = dirent.isSymbolicLink() ? 'link' : dirent.isDirectory() ? 'dir' : dirent.isFile() ? 'file' : 'other';
      // A collection folder, and nothing deeper, is walked into; anything else is judged as it stands.
      if (kind === 'dir' && here.length === 1 && dirent.name in COLLECTIONS) {
        walk(here);
        continue;
      }
      const verdict = judgeContentPath(here, kind, kind === 'file' ? lstatSync(full).size : 0);
      if ('collection' in verdict) files.push({ collection: verdict.collection, full, file });
      else refused.push({ file: kind === 'dir' ? `${file}/` : file, ...verdict });
    }
  };
  const top = join(root, 'content');
  if (existsSync(top)) {
    if (lstatSync(top).isSymbolicLink()) refused.push({ rule: 'files/symlink', file: 'content', message: 'content/ is a symbolic link', hint: 'make content/ a real folder' });
    else walk([]);
  }
  const order = Object.keys(COLLECTIONS);
  files.sort((a, b) => order.indexOf(a.collection) - order.indexOf(b.collection) || (a.file < b.file ? -1 : 1));
  return { files, refused };
}
