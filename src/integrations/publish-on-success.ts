// Astro integration: builds into a private folder and publishes dist/ only when the whole build has succeeded.
import type { AstroIntegration } from 'astro';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { existsSync, renameSync, rmSync, mkdirSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { pendingWorkDone } from './pending-work.ts';
import { removeInBackground } from './remove-in-background.ts';

/**
 * Builds into a private folder and replaces dist/ only when the whole build has succeeded, so a failed
 * build leaves the previous dist/ exactly as it was. openEvidence() puts it last, so its astro:build:done runs after the others'.
 */
export function publishOnSuccess(): AstroIntegration {
  let finalOut: string | undefined;
  return {
    name: 'evidence-gate:publish-on-success',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        finalOut = fileURLToPath(config.outDir);
        // A previous site left behind by a build that was killed while deleting it.
        const parent = dirname(finalOut.replace(/[\\/]$/, ''));
        const stale = `${basename(finalOut.replace(/[\\/]$/, ''))}.old-`;
        if (existsSync(parent)) for (const name of readdirSync(parent)) if (name.startsWith(stale)) removeInBackground(join(parent, name));
        const tmpRoot = join(root, '.build-tmp');
        if (existsSync(tmpRoot)) rmSync(tmpRoot, { recursive: true, force: true });
        const tempOut = join(tmpRoot, `dist-${process.pid}`);
        mkdirSync(tempOut, { recursive: true });
        updateConfig({ outDir: pathToFileURL(tempOut + sep) });
      },
      'astro:build:done': async ({ dir, logger }) => {
        // The search index (and any other work still writing into the output) must be complete, and must have succeeded.
        await pendingWorkDone();
        if (!finalOut) return;
        const built = fileURLToPath(dir);
        const old = `${finalOut.replace(/[\\/]$/, '')}.old-${process.pid}`;
        if (existsSync(finalOut)) renameSync(finalOut, old);
        renameSync(built, finalOut);
        rmSync(join(built, '..'), { recursive: true, force: true }); // the emptied .build-tmp/
        // The new site is in place; the previous one is deleted in the background (tens of thousands of files at scale).
        if (existsSync(old)) removeInBackground(old);
        logger.info(`published ${relative(process.cwd(), finalOut) || finalOut}`);
      },
    },
  };
}
