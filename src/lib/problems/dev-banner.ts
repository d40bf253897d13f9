// The banner `astro dev` puts at the top of every page while the content has problems: escaped text only, no script.
import type { Problem } from './problem.ts';
import { formatProblem, formatSummary } from './format.ts';
import { problemsForPage } from './dev-registry.ts';

/** Where the dev server serves the banner's stylesheet (the CSP allows styles from the site only). */
export const DEV_CSS_PATH = '/__open-evidence/dev-problems.css';

/** Text as HTML: every character that could open markup or end an attribute is an entity. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

const item = (p: Problem) => `<li class="oe-dev-${p.severity}"><pre>${escapeHtml(formatProblem(p))}</pre></li>`;

/** The banner listing `problems`, those in the page's `files` first; '' when there are none. */
export function devBanner(problems: readonly Problem[], entries: number, files: readonly string[]): string {
  if (!problems.length) return '';
  const { here, elsewhere } = problemsForPage(problems, files);
  const otherWarnings = elsewhere.filter((p) => p.severity === 'warning');
  const section = (title: string, list: Problem[]) => (list.length ? `<h2>${escapeHtml(title)} (${list.length})</h2><ul>${list.map(item).join('')}</ul>` : '');
  return [
    `<aside class="oe-dev-problems" role="alert" aria-label="Content problems" data-oe-dev-problems>`,
    `<link rel="stylesheet" href="${DEV_CSS_PATH}">`,
    `<p class="oe-dev-summary"><strong>${escapeHtml(formatSummary(problems, entries))}</strong> `,
    `${problems.some((p) => p.severity === 'error') ? 'npm run build refuses this content until the errors are fixed.' : 'Warnings do not stop the build.'} (shown by npm run dev only)</p>`,
    section('In this page’s files', here),
    section(here.length ? 'Elsewhere' : 'In the content', elsewhere.filter((p) => p.severity === 'error')),
    // (warnings of other files fold away: a tree with many overdue reviews would bury the page under them)
    otherWarnings.length ? `<details><summary>${otherWarnings.length} warning${otherWarnings.length === 1 ? '' : 's'} in other files</summary><ul>${otherWarnings.map(item).join('')}</ul></details>` : '',
    `</aside>`,
  ].join('');
}

/** `html` with `banner` placed first in its <body> (or first of all when it has none). */
export function withDevBanner(html: string, banner: string): string {
  if (!banner) return html;
  const body = /<body\b[^>]*>/i.exec(html);
  return body ? html.slice(0, body.index + body[0].length) + banner + html.slice(body.index + body[0].length) : banner + html;
}

/** A page that failed to render, in dev: the banner, then the error (escaped). */
export function devErrorPage(banner: string, error: unknown): string {
  const text = error instanceof Error ? `${error.message}` : String(error);
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Page failed to render</title></head><body>${banner}<main><h1>This page could not be rendered</h1><pre>${escapeHtml(text)}</pre></main></body></html>`;
}

/** The banner's and the in-place markers' stylesheet, served by the dev server only. */
export const DEV_CSS = `.oe-dev-problems{position:relative;z-index:1000;margin:0;padding:.75rem 1rem;background:#fff4f4;color:#5a0000;border-bottom:4px solid #b00020;font:14px/1.4 system-ui,sans-serif}
.oe-dev-problems summary{cursor:pointer;margin:.5rem 0 .25rem}
.oe-dev-problems h2{font-size:1rem;margin:.5rem 0 .25rem}
.oe-dev-problems ul{list-style:none;margin:0;padding:0}
.oe-dev-problems li{margin:.25rem 0}
.oe-dev-problems pre{margin:0;white-space:pre-wrap;font:13px/1.35 ui-monospace,monospace}
.oe-dev-problems .oe-dev-warning pre{color:#5a4500}
.oe-dev-unknown-cite{background:#b00020;color:#fff;padding:0 .25em;border-radius:2px;font-weight:600}
.oe-dev-missing{border:3px dashed #b00020;background:#fff4f4;color:#5a0000;padding:.75rem 1rem;margin:1rem 0}
.oe-dev-missing code{font-weight:600}
`;
