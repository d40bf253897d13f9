// The CI entry points stay in step with the README: the pull-request workflow and .ci/run run the README's test command.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const repo = join(import.meta.dirname, '..', '..');
const read = (p: string) => readFileSync(join(repo, p), 'utf8');
const readmeTest = /```sh\n(npm test)\b/.exec(read('README.md'))?.[1];

interface Step { run?: string; uses?: string; with?: Record<string, unknown> }
const steps = (file: string, job: string): Step[] => parse(read(file)).jobs[job].steps;

describe('CI configuration', () => {
  it('the README names the test command', () => {
    expect(readmeTest).toBe('npm test');
  });
  it('.ci/run calls the README test command', () => {
    expect(read('.ci/run')).toMatch(new RegExp(`^\\s*${readmeTest}\\s*$`, 'm'));
  });
  it('every pull request runs the strict check, the tests and the build, and uploads dist/', () => {
    const workflow = parse(read('.github/workflows/pull-request.yml'));
    expect(Object.keys(workflow.on)).toContain('pull_request');
    const s = steps('.github/workflows/pull-request.yml', 'check-test-build');
    const runs = s.map((x) => x.run).filter(Boolean);
    expect(runs).toEqual(expect.arrayContaining(['npm ci', 'npm run check -- --strict', readmeTest, 'npm run build']));
    // The reviewer's list of changed pages goes into the job summary, from the pull request's base branch.
    expect(runs.some((r) => r !== undefined && /^npm run --silent affected -- "origin\/\$BASE_REF" --format=markdown >> "\$GITHUB_STEP_SUMMARY"$/.test(r))).toBe(true);
    const upload = s.find((x) => x.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with?.path).toBe('dist/');
  });
  it('main deploys dist/ to GitHub Pages only after the check and the build', () => {
    const workflow = parse(read('.github/workflows/deploy.yml'));
    expect(workflow.on.push.branches).toEqual(['main']);
    const build = steps('.github/workflows/deploy.yml', 'build').map((x) => x.run ?? x.uses);
    expect(build.indexOf('npm run check')).toBeLessThan(build.indexOf('npm run build'));
    expect(build.at(-1)).toMatch(/^actions\/upload-pages-artifact@/);
    expect(steps('.github/workflows/deploy.yml', 'deploy').some((x) => x.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
  });
});
