// The dev server's current problems, one registry per project root in the process: the gate fills it, pages read it.
import { resolve } from 'node:path';
import type { Problem } from './problem.ts';
import { formatRecheck } from './diff.ts';

export interface DevRegistry {
  /** The latest run's problems, as the checker ordered them. */
  readonly problems: readonly Problem[];
  readonly entries: number;
  /** Takes a new run's problems; returns the lines watch mode prints (new, fixed, summary). */
  update(problems: readonly Problem[], entries: number, ms: number, now?: Date): string[];
  /** A change was seen: pages wait (settled()) until the re-check it starts is done. */
  markDirty(): void;
  markClean(): void;
  /** Resolves once no re-check is pending, or after `timeoutMs` whatever happens (a page never hangs on a check). */
  settled(timeoutMs?: number): Promise<void>;
}

export function createDevRegistry(problems: readonly Problem[] = [], entries = 0): DevRegistry {
  let waiting: { promise: Promise<void>; resolve: () => void } | undefined;
  const registry: DevRegistry = {
    problems,
    entries,
    update(next, count, ms, now = new Date()) {
      const lines = formatRecheck(registry.problems, next, count, ms, false, now);
      Object.assign(registry, { problems: next, entries: count });
      return lines;
    },
    markDirty() {
      if (waiting) return;
      let done!: () => void;
      const promise = new Promise<void>((r) => (done = r));
      waiting = { promise, resolve: done };
    },
    markClean() {
      waiting?.resolve();
      waiting = undefined;
    },
    settled(timeoutMs = 10_000) {
      if (!waiting) return Promise.resolve();
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((r) => (timer = setTimeout(r, timeoutMs)));
      return Promise.race([waiting.promise, timeout]).finally(() => clearTimeout(timer));
    },
  };
  return registry;
}

/**
 * Shared through globalThis, like the site model: the gate's copy of this module (loaded with the config) and the
 * pages' copy (loaded by Vite) must see one registry. It exists only while `astro dev` runs.
 */
const KEY = Symbol.for('open-evidence.dev-registry');
const registries: Map<string, DevRegistry> = ((globalThis as Record<symbol, unknown>)[KEY] as Map<string, DevRegistry> | undefined) ?? new Map();
(globalThis as Record<symbol, unknown>)[KEY] = registries;

/** Starts the registry of a project (the gate, under `astro dev` only). */
export function openDevRegistry(root: string, problems: readonly Problem[], entries: number): DevRegistry {
  const registry = createDevRegistry(problems, entries);
  registries.set(resolve(root), registry);
  return registry;
}

/** The registry of a project while `astro dev` runs; undefined in a build, in `npm run check` and in tests. */
export function devRegistry(root: string = process.cwd()): DevRegistry | undefined {
  return registries.get(resolve(root));
}

/** A page's problems first (those in `files`, in the order of `files`), then the rest; errors before warnings in each. */
export function problemsForPage(problems: readonly Problem[], files: readonly string[]): { here: Problem[]; elsewhere: Problem[] } {
  const rank = new Map(files.map((f, i) => [f, i]));
  const bySeverity = (a: Problem, b: Problem) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1);
  const here = problems.filter((p) => rank.has(p.file)).sort((a, b) => rank.get(a.file)! - rank.get(b.file)! || bySeverity(a, b));
  const elsewhere = problems.filter((p) => !rank.has(p.file)).sort(bySeverity);
  return { here, elsewhere };
}
