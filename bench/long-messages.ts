/**
 * Long-message benchmark: how long the bot (the core every adapter drives: routing, the situation reader, the
 * question reader, the answerer) takes over hostile messages at the 40,000-character limit (runs of blanks, line
 * breaks, emoji, repeated words, figures, amounts, quotes, colons, commas, one long word), against an ordinary
 * question in the same process. Target: every hostile message answered within 1 s, so no message holds the server.
 * Each message is handled three times; the run stops by itself.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from '../adapters/app.ts';
import { loadConfig } from '../bot/config/index.ts';
import { MAX_QUESTION_CHARS } from '../bot/input-limits.ts';
import { silentLogger } from '../bot/logger.ts';
import type { Turn } from '../bot/turn.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 0)} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const TARGET_MS = 1000;
const RUNS = 3;

/** `unit` repeated, after `lead`, to the limit. */
const filled = (lead: string, unit: string, end = '') => `${lead}${unit.repeat(Math.floor((MAX_QUESTION_CHARS - lead.length - end.length) / unit.length))}${end}`;
const HOSTILE: Record<string, string> = {
  'spaces': filled('what is an open-weight model', ' ', '?'),
  'line breaks': filled('what is an open-weight model', '\n', '?'),
  'mixed blanks': filled('what is an open-weight model', ' \n\t', '?'),
  'emoji': filled('is this ok ', '🚩 '),
  'one word repeated': filled('', 'why ', '?'),
  'full stops': filled('what is open-weight ', 'a. '),
  'figures': filled('how much for ', '1 ', ' tokens'),
  'amounts': filled('we spend ', '$1,000 ', 'a month'),
  'open quote': filled('is this ok "', 'x '),
  'colons': filled('is this ok ', ': '),
  'commas': filled('llama, ', 'gpt, ', 'which?'),
  'quote block': filled('clause:\n', '> shall not '),
  'one long word': filled('what is ', 'a'),
  'question at the end': filled('', 'we are a bank in frankfurt. ', 'can we use llama 4 commercially?'),
};

const dir = mkdtempSync(join(tmpdir(), 'bench-long-'));
const config = loadConfig({ DATA_DIR: join(dir, 'data'), DATABASE_URL: `sqlite://${join(dir, 'store.db')}` }, dir);
const app = await createApp(config, { logger: silentLogger(), cwd: dir, wordVectorCacheDir: join(root, 'data/cache') });
try {
  const turn = (text: string, n: number): Turn => ({ platform: 'console', tenant: 'local', channel: 'console', user: { id: `bench-${n}` }, input: { kind: 'text', text } });
  let n = 0;
  const timeOf = async (text: string) => {
    const t = performance.now();
    await app.bot.handle(turn(text, (n += 1)));
    return performance.now() - t;
  };
  // Warm the index, the regular expressions and the store.
  for (let i = 0; i < 3; i += 1) await timeOf('what is an open-weight model?');
  const baseline: number[] = [];
  for (let i = 0; i < 9; i += 1) baseline.push(await timeOf('we spend about $4k a month on the openai api, should we self-host llama instead?'));
  const base = median(baseline);
  console.log(`ordinary question  median ${ms(base)} (n=${baseline.length})`);
  let worst = 0;
  for (const [name, text] of Object.entries(HOSTILE)) {
    const runs: number[] = [];
    for (let i = 0; i < RUNS; i += 1) runs.push(await timeOf(text));
    const m = median(runs);
    worst = Math.max(worst, m);
    console.log(`${name.padEnd(20)} ${String(text.length).padStart(6)} chars  median ${ms(m).padStart(8)}  ratio ${(m / base).toFixed(1)}`);
  }
  console.log(`worst hostile message  median ${ms(worst)} (target < ${ms(TARGET_MS)}) ${worst < TARGET_MS ? 'PASS' : 'MISS'}`);
} finally {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
}
