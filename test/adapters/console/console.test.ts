import { describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runConsole } from '../../../adapters/console/console.ts';
import { consoleInput } from '../../../adapters/console/input.ts';
import { createBot } from '../../../bot/bot.ts';
import { silentLogger } from '../../../bot/logger.ts';
import { runCli } from '../../helpers/cli.ts';
import type { Reply } from '../../../bot/turn.ts';
import { createReply, paragraph } from '../../../bot/reply-doc.ts';

describe('console chat through npm start (piped stdin: one line in, one reply out)', () => {
  it('answers help with what it can do', async () => {
    const r = await runCli(['start'], { stdin: 'help\n' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('/ai-procurement decide');
    expect(r.stdout).toContain('/ai-procurement checklist <vendor>');
    expect(r.stdout).toContain('Try asking');
  });

  it('says it did not understand an unknown command, and lists what it can do', async () => {
    const r = await runCli(['start'], { stdin: '/ai-procurement frobnicate\n' });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/I did not understand "\/ai-procurement frobnicate"/);
    expect(r.stdout).toContain('/ai-procurement help');
  });

  it('exits cleanly on EOF with no input', async () => {
    const r = await runCli(['start'], { stdin: '' });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('stops with exit code 2 and names PORT when PORT is invalid', async () => {
    const r = await runCli(['start'], { env: { PORT: 'abc' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/PORT must be a whole number/);
  });
});

describe('interactive console', () => {
  async function session(lines: string[]): Promise<string> {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (d: Buffer) => (printed += d.toString()));
    const bot = createBot({ logger: silentLogger() });
    const done = runConsole({ bot, input, output, interactive: true, user: 'tester', exportDir: join(await mkdtemp(join(tmpdir(), 'aip-')), 'x') });
    for (const line of lines) input.write(`${line}\n`);
    input.end();
    await done;
    return printed;
  }

  it('prompts, answers each line and says goodbye on EOF', async () => {
    const out = await session(['help', '/ai-procurement nope']);
    expect(out).toContain('you> ');
    expect(out).toContain('/ai-procurement status');
    expect(out).toContain('I did not understand "/ai-procurement nope"');
    expect(out.trimEnd().endsWith('Bye.')).toBe(true);
  });

  it('maps a letter to a button of the previous reply and a number to a step option', () => {
    const previous: Reply = createReply({
      kind: 'workflow',
      doc: [paragraph('Pick')],
      choices: [{ action: 'command', label: 'Start', value: 'decide' }],
      step: { workflow: 'decision', runId: 'r', stepId: 's', prompt: 'Data?', kind: 'choice', options: [{ value: 'public', label: 'Public' }, { value: 'personal', label: 'Personal' }], index: 1, total: 9 },
    });
    expect(consoleInput('a', previous)).toEqual({ kind: 'action', action: 'command', value: 'decide' });
    expect(consoleInput('2', previous)).toEqual({ kind: 'text', text: 'personal' });
    expect(consoleInput('7', previous)).toEqual({ kind: 'text', text: '7' });
    expect(consoleInput('What is open-weight?', previous)).toEqual({ kind: 'text', text: 'What is open-weight?' });
  });
});

describe('interactive console over the real app', () => {
  it('answers a follow-up in the context of the previous question', async () => {
    const { createApp } = await import('../../../adapters/app.ts');
    const { loadConfig } = await import('../../../bot/config/index.ts');
    const { SHARED_CACHE } = await import('../../knowledge/helpers.ts');
    const dir = await mkdtemp(join(tmpdir(), 'aip-console-app-'));
    const app = await createApp(loadConfig({ DATA_DIR: dir, DATABASE_URL: `sqlite://${join(dir, 's.db')}` }), { logger: silentLogger(), wordVectorCacheDir: SHARED_CACHE });
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (d: Buffer) => (printed += d.toString()));
    const done = runConsole({ bot: app.bot, input, output, interactive: true, user: 'tester', exportDir: join(dir, 'exports') });
    input.write('What licence does Qwen3 use?\n');
    // The second line goes in only once the first answer is on screen, so what follows is its answer alone.
    while (!printed.includes('(confidence')) await new Promise((r) => setTimeout(r, 20));
    const mark = printed.length;
    input.write('Can we use it commercially?\n');
    input.end();
    await done;
    await app.close();
    const second = printed.slice(mark);
    expect(second).toMatch(/Qwen/);
    expect(second).toMatch(/\[1\] Qwen model licences/);
  });
});
