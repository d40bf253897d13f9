// The search page's behaviour: loads Pagefind on this page only, runs the form's query and filters, renders results and suggestions.
import { isActive, pagefindOptions, readState, writeState, type SearchState } from '../lib/search/query.ts';
import { nearestTerms, termsInQuery, type Term } from '../lib/search/nearest-terms.ts';
import { runSearch } from '../lib/search/run.ts';
import { PAGE_TYPE_LABELS, type PageType } from '../lib/search/page-types.ts';

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined> }>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string | null, o?: unknown): Promise<{ results: PagefindResult[] } | null>;
}

const PAGE = 10;

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  // A path Vite must not try to bundle: the index is written after the site is built.
  const url = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ url).then(async (pf: Pagefind) => {
    await pf.options({ excerptLength: 24 });
    return pf;
  });
  return pagefind;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

export function start(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
  const suggest = document.querySelector<HTMLElement>('[data-search-suggest]');
  const filters = document.querySelector<HTMLDetailsElement>('[data-filters]');
  if (!form || !status || !list || !more || !suggest) return;
  const terms: Term[] = JSON.parse(document.getElementById('search-terms')?.textContent ?? '[]');
  const input = form.elements.namedItem('q') as HTMLInputElement;
  form.hidden = false;
  document.querySelector<HTMLElement>('[data-no-js-notice]')?.setAttribute('hidden', '');

  const stateOfForm = (): SearchState => readState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
  const fillForm = (s: SearchState) => {
    input.value = s.q;
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      box.checked = (box.name === 'type' ? s.types : s.certainty).includes(box.value);
    }
    (form.elements.namedItem('condition') as HTMLSelectElement).value = s.condition;
    (form.elements.namedItem('sort') as HTMLSelectElement).value = s.sort;
    if (s.types.length || s.certainty.length || s.condition || s.sort) filters && (filters.open = true);
  };

  let results: PagefindResult[] = [];
  let pinned = new Set<string>();
  let shown = 0;
  let run = 0;

  const renderMore = async (ticket: number) => {
    const slice = results.slice(shown, shown + PAGE);
    const data = await Promise.all(slice.map((r) => r.data()));
    if (ticket !== run) return;
    for (const d of data) {
      if (pinned.has(d.url)) continue; // already shown first, as the page of a name the reader typed
      const li = el('li', { class: 'search-result' });
      const type = d.meta.type ?? '';
      const head = el('p', { class: 'result-kind eyebrow' }, PAGE_TYPE_LABELS[type as PageType]?.one ?? type);
      if (d.meta.certainty) head.append(` · certainty: ${d.meta.certainty}`);
      const h = el('h2', { class: 'result-title' });
      h.append(el('a', { href: d.url }, d.meta.title ?? d.url));
      const p = el('p', { class: 'result-excerpt' });
      p.innerHTML = d.excerpt; // Pagefind's excerpt of our own page: escaped text with <mark> around matches.
      li.append(head, h, p);
      list.append(li);
    }
    shown += slice.length;
    more.hidden = shown >= results.length;
  };

  const showSuggestions = (q: string) => {
    suggest.replaceChildren();
    const near = q ? nearestTerms(q, terms) : [];
    const p = el('p');
    if (near.length) {
      p.append('Did you mean ');
      near.forEach((t, i) => {
        if (i > 0) p.append(i === near.length - 1 ? ' or ' : ', ');
        p.append(el('a', { href: t.href }, t.label));
        if (t.label !== t.name) p.append(` (${t.name})`);
      });
      p.append('? ');
    }
    p.append('You can also browse the ');
    p.append(el('a', { href: '#az-heading' }, 'symptoms and conditions A–Z'));
    p.append(near.length ? '.' : ', or try fewer or more everyday words.');
    suggest.append(p);
    suggest.hidden = false;
  };

  const search = async (immediate: boolean) => {
    const state = stateOfForm();
    const ticket = ++run;
    history.replaceState(null, '', `${location.pathname}${writeState(state)}`);
    if (!isActive(state)) {
      list.replaceChildren();
      list.hidden = more.hidden = suggest.hidden = true;
      status.textContent = '';
      status.dataset.done = '';
      return;
    }
    const pf = await loadPagefind();
    if (!immediate) {
      // Typing: wait until the reader pauses, and drop this search if another started meanwhile.
      await new Promise((r) => setTimeout(r, 250));
      if (ticket !== run) return;
    }
    const found = await runSearch(pf, state.q, pagefindOptions(state));
    if (ticket !== run) return; // a newer search replaced this one
    results = found.results;
    shown = 0;
    list.replaceChildren();
    // A symptom or condition name typed word for word leads first to its page (unless filters narrow the search).
    const filtered = state.types.length > 0 || state.condition !== '' || state.certainty.length > 0;
    const pins = filtered ? [] : termsInQuery(state.q, terms);
    pinned = new Set(pins.map((t) => t.href));
    for (const t of pins) {
      const kind = t.href.startsWith('/symptoms/') ? 'symptom' : 'condition';
      const li = el('li', { class: 'search-result pinned' });
      li.append(el('p', { class: 'result-kind eyebrow' }, `${PAGE_TYPE_LABELS[kind as PageType].one} · matches the words you typed`));
      const h = el('h2', { class: 'result-title' });
      h.append(el('a', { href: t.href }, t.name));
      li.append(h);
      if (t.label !== t.name) li.append(el('p', { class: 'result-excerpt' }, `“${t.label}” is another name for ${t.name.toLowerCase()}.`));
      list.append(li);
    }
    const what = state.q ? ` for “${state.q}”` : '';
    const count = (n: number) => `${n} result${n === 1 ? '' : 's'}`;
    status.textContent =
      results.length === 0
        ? `No results${what}.`
        : found.complete === results.length
          ? `${count(results.length)}${what}.`
          : found.complete === 0
            ? `No page has all the words of “${state.q}”; ${count(results.length)} with some of them, most words first.`
            : `${count(found.complete)} with all the words of “${state.q}”, then ${results.length - found.complete} with some of them.`;
    list.hidden = results.length === 0 && pins.length === 0;
    if (results.length === 0 && pins.length === 0) {
      more.hidden = true;
      showSuggestions(state.q);
    } else {
      suggest.hidden = true;
      await renderMore(ticket);
    }
    status.dataset.done = writeState(state); // lets tests (and scripts) know this search has finished rendering
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search(true);
  });
  input.addEventListener('input', () => void search(false));
  form.addEventListener('change', (event) => {
    if (event.target !== input) void search(true);
  });
  form.addEventListener('reset', () => {
    const q = input.value;
    setTimeout(() => {
      input.value = q; // "Clear filters" keeps the words
      void search(true);
    });
  });
  more.addEventListener('click', () => {
    const first = list.children.length;
    void renderMore(run).then(() => list.querySelectorAll<HTMLAnchorElement>('.result-title a')[first]?.focus());
  });
  input.addEventListener('focus', () => void loadPagefind(), { once: true });

  const initial = readState(new URLSearchParams(location.search));
  fillForm(initial);
  if (isActive(initial)) void search(true);
}
