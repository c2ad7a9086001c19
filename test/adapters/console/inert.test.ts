import { describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runConsole } from '../../../adapters/console/console.ts';
import { silentLogger } from '../../../bot/logger.ts';

const CARDS = fileURLToPath(new URL('../../e2e/support/hostile-cards/', import.meta.url));
/** An OSC 8 terminal hyperlink: shows "docs" and opens evil.example in terminals that support it. */
const OSC8 = '\u001b]8;;https://evil.example/osc\u001b\\docs\u001b]8;;\u001b\\';

describe('the console shows untrusted text inert (issue 10)', () => {
  it('prints no terminal escape and no linkable hostile URL, from answers, vendor names or echoes', async () => {
    const { createApp } = await import('../../../adapters/app.ts');
    const { loadConfig } = await import('../../../bot/config/index.ts');
    const { SHARED_CACHE } = await import('../../knowledge/helpers.ts');
    const dir = await mkdtemp(join(tmpdir(), 'aip-console-inert-'));
    const app = await createApp(loadConfig({ DATA_DIR: dir, DATABASE_URL: `sqlite://${join(dir, 's.db')}` }), { logger: silentLogger(), wordVectorCacheDir: SHARED_CACHE, cardsDir: CARDS });
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (d: Buffer) => (printed += d.toString()));
    const done = runConsole({ bot: app.bot, input, output, interactive: true, user: 'tester', exportDir: join(dir, 'exports') });
    const lines = [
      'Where is the vendor data processing agreement published?',
      `/ai-procurement checklist ${OSC8} [x](https://evil.example/v)`,
      `/ai-procurement ${OSC8}<https://evil.example/cmd|help>`,
    ];
    for (const line of lines) {
      const mark = printed.length;
      input.write(`${line}\n`);
      while (!printed.slice(mark).includes('you> ')) await new Promise((r) => setTimeout(r, 20));
    }
    input.end();
    await done;
    await app.close();
    // The bot's replies: what follows each echoed input line, up to readline's next prompt (its own escapes).
    const replies = printed.split('you> ').slice(1).map((chunk) => chunk.slice(chunk.indexOf('\n') + 1).split('\u001b[1G')[0]!).join('\n');
    expect(replies).toContain('I did not understand');
    expect(replies.includes('\u001b')).toBe(false);
    expect(replies).not.toMatch(/evil\.example|docs\.vendor\.com/);
    expect(replies).toMatch(/evil\[\.\]example/);
    // The citation's own URL is the one link the console prints as it is.
    expect(replies).toContain('(https://example.org/vendor-dpa-guidance)');
  });
});
