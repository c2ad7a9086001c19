import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { createStore } from '../../../adapters/storage/store.ts';

const dir = mkdtempSync(join(tmpdir(), 'aip-kill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CHILD = fileURLToPath(new URL('./fixtures/record-loop.ts', import.meta.url));
const KILL_AFTER = 150;

it('loses no answer a SIGKILLed process reported as recorded', async () => {
  const url = `sqlite://${join(dir, 'kill.db')}`;
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, url], { stdio: ['ignore', 'pipe', 'pipe'] });
  let runId = '';
  const reported: number[] = [];
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  let buffer = '';
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  child.stdout.on('data', (d: Buffer) => {
    buffer += d.toString();
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) {
      const [word, value] = line.split(' ');
      if (word === 'run') runId = value ?? '';
      if (word === 'recorded') reported.push(Number(value));
    }
    // Kill it while it is still writing: the next transaction is already under way.
    if (reported.length >= KILL_AFTER && !child.killed) child.kill('SIGKILL');
  });
  const signal = await exited;
  expect(signal, `child should die by SIGKILL, stderr: ${stderr}`).toBe('SIGKILL');
  expect(reported.length).toBeGreaterThanOrEqual(KILL_AFTER);

  const store = await createStore(url);
  try {
    const scope = { platform: 'slack', tenant: 'T-kill', channel: 'C1' };
    const run = await store.getRun(scope, runId);
    const steps = new Set(run?.answers.map((a) => a.stepId));
    const missing = reported.filter((n) => !steps.has(`s${n}`));
    expect(missing).toEqual([]);
    const list = await store.getChecklist(scope, 'kill corp');
    const questions = new Set(list?.answers.map((a) => a.questionId));
    expect(reported.filter((n) => !questions.has(`q${n}`))).toEqual([]);
    // Each step and its checklist record were one transaction: never one without the other.
    expect(questions.size).toBe(steps.size);
    // The run's pointer moved in the same transaction as the last committed answer.
    const lastCommitted = Math.max(...[...steps].map((s) => Number(s.slice(1))));
    expect(run?.currentStep).toBe(`s${lastCommitted + 1}`);
  } finally {
    await store.close();
  }
});
