import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../helpers/cli.ts';

const RUN_TS = fileURLToPath(new URL('../../../bin/run-ts.js', import.meta.url));
const CHILD = fileURLToPath(new URL('./fixtures/last-resort-child.ts', import.meta.url));

describe('the last-resort handler', () => {
  it('logs an uncaught error and an unhandled rejection as one JSON line each, and the process keeps running', () => {
    const r = spawnSync(process.execPath, [RUN_TS, CHILD], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 30_000, env: { PATH: process.env.PATH ?? '' } });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe('still running\n');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    const [thrown, rejected] = lines.map((l) => JSON.parse(l) as { level: number; msg: string; origin: string; err: { type: string; message: string } });
    expect(thrown).toMatchObject({ level: 50, msg: 'uncaught error; still serving', origin: 'uncaughtException', err: { type: 'TypeError', message: 'thrown inside a library callback' } });
    expect(rejected).toMatchObject({ level: 50, msg: 'unhandled rejection; still serving', origin: 'unhandledRejection', err: { message: 'a promise nobody awaited' } });
  });
});
