import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../adapters/app.ts';
import { MAX_QUESTION_CHARS, QUESTION_READ_CHARS, partReadNote, readablePart, tidySpace } from '../../bot/input-limits.ts';
import type { Turn } from '../../bot/turn.ts';
import { startConsoleApp } from '../helpers/console-app.ts';

describe('tidySpace', () => {
  it('makes each run of blanks one, keeping line breaks and a blank line', () => {
    expect(tidySpace('what   is\t\tan  scc ?')).toBe('what is an scc ?');
    expect(tidySpace('clause 12:\n   > shall not\n\n\n\n> publish')).toBe('clause 12:\n> shall not\n\n> publish');
    expect(tidySpace(`a${' \n '.repeat(5000)}b`)).toBe('a\n\nb');
  });
});

describe('readablePart', () => {
  it('leaves a message within the limit as typed', () => {
    const q = 'we spend £2,000 a month on the openai api, should we self-host?';
    expect(readablePart(q)).toBe(q);
  });

  it('reads a longer one as its opening and close, cut at spaces', () => {
    const long = `is llama 4 ok commercially? ${'we are a bank in frankfurt with strict rules. '.repeat(400)}and what does the eu ai act say about deployers?`;
    const read = readablePart(long);
    expect(read.length).toBeLessThanOrEqual(QUESTION_READ_CHARS + 3);
    expect(read.startsWith('is llama 4 ok commercially? ')).toBe(true);
    expect(read.endsWith('and what does the eu ai act say about deployers?')).toBe(true);
    // Cut between words: every word on either side of the cut is whole.
    const [head, tail] = read.split('\n…\n');
    expect(head).toMatch(/(?:^| )(?:we|are|a|bank|in|frankfurt|with|strict|rules\.)$/);
    expect(tail).toMatch(/^(?:we|are|a|bank|in|frankfurt|with|strict|rules\.) /);
  });
});

/** The core over the real parts, as the console drives it. */
let app: App;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ app, close } = await startConsoleApp('aip-long-'));
}, 60_000);
afterAll(() => close());

let n = 0;
const ask = (text: string): Turn => ({ platform: 'console', tenant: 'local', channel: 'console', user: { id: `long-${(n += 1)}` }, input: { kind: 'text', text } });

describe('a message up to the limit', () => {
  it('answers a question padded with blanks as the question alone', async () => {
    const plain = await app.bot.handle(ask('what is an open-weight model?'));
    const padded = await app.bot.handle(ask(`what   is an\n\n\n   open-weight${' '.repeat(MAX_QUESTION_CHARS - 60)}model?`));
    expect(plain.kind).toBe('answer');
    expect(padded.text).toBe(plain.text);
    expect(padded.notes ?? []).toEqual(plain.notes ?? []);
  });

  it('answers a question asked at the end of a long message, saying which part it read', async () => {
    const question = 'is llama 4 ok for commercial use?';
    const plain = await app.bot.handle(ask(question));
    const text = `${'we are a bank in frankfurt and our board wants an answer by friday. '.repeat(500)}${question}`;
    expect(text.length).toBeGreaterThan(QUESTION_READ_CHARS);
    const reply = await app.bot.handle(ask(text));
    expect(reply.kind).toBe('answer');
    expect(reply.notes).toContain(partReadNote(text.length));
    expect(reply.text).toContain('700');
    expect(plain.text).toContain('700');
  });

  it('keeps every hostile message at the limit to a polite reply (emoji, figures, amounts, colons)', async () => {
    for (const unit of ['🚩 ', '1 ', '$1,000 ', ': ', 'why ', '> shall not\n']) {
      const text = `is this ok ${unit.repeat(Math.floor((MAX_QUESTION_CHARS - 11) / unit.length))}`;
      const reply = await app.bot.handle(ask(text));
      expect(['answer', 'no-answer']).toContain(reply.kind);
      // (The length counted is the message's after its blanks are tidied and it is trimmed.)
      expect(reply.notes?.some((note) => /^Your message is 39,99\d characters long; I read its first and last 3,000 characters/.test(note))).toBe(true);
    }
  });
});
