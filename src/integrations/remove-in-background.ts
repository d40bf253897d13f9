// Deletes a folder without holding up the build (a previous dist/ can hold tens of thousands of files).
import { rmSync } from 'node:fs';
import { spawn } from 'node:child_process';

/** Deletes a folder without holding up the build: a detached `rm -rf` where there is one, else right away. */
export function removeInBackground(dir: string): void {
  if (process.platform !== 'win32') {
    const child = spawn('rm', ['-rf', '--', dir], { detached: true, stdio: 'ignore' });
    child.on('error', () => rmSync(dir, { recursive: true, force: true }));
    child.unref();
    return;
  }
  rmSync(dir, { recursive: true, force: true });
}
