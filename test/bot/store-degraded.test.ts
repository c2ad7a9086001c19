import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../adapters/app.ts';
import { STORE_DEGRADED_NOTE } from '../../bot/errors.ts';
import { MAX_QUESTION_CHARS } from '../../bot/input-limits.ts';
import type { Turn } from '../../bot/turn.ts';
import { startConsoleApp } from '../helpers/console-app.ts';

/**
 * The core over the real parts (knowledge base, SQLite store, workflows), as the console drives it: a question is
 * answered while the store is gone, with the note; the note goes once the store writes again; and text past the
 * limit is refused before any of it runs.
 */
let app: App;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ app, close } = await startConsoleApp('aip-degraded-', { DATABASE_TIMEOUT_MS: '300' }));
}, 60_000);
afterAll(() => close());

const ask = (text: string): Turn => ({ platform: 'console', tenant: 'local', channel: 'console', user: { id: 'me' }, input: { kind: 'text', text } });

describe('the store unreachable', () => {
  it('answers from the knowledge base with one line saying feedback and history are unavailable', async () => {
    const healthy = await app.bot.handle(ask('What is an open-weight model?'));
    expect(healthy.kind).toBe('answer');
    expect(healthy.notes ?? []).not.toContain(STORE_DEGRADED_NOTE);
    expect(await app.readiness()).toEqual({ ready: true, checks: { store: true, index: true } });

    // The database handle is gone: every store call now fails, as with a database that went away.
    await app.store!.close();
    const reply = await app.bot.handle(ask('What is an open-weight model?'));
    expect(reply.kind).toBe('answer');
    expect(reply.citations?.length).toBeGreaterThan(0);
    expect(reply.notes?.filter((n) => n === STORE_DEGRADED_NOTE)).toHaveLength(1);
    expect(await app.readiness()).toEqual({ ready: false, checks: { store: 'unreachable', index: true } });

    // A workflow command needs the store: it says so plainly instead of answering.
    const command = await app.bot.handle({ ...ask(''), input: { kind: 'command', command: 'ai-procurement', args: ['status'] } });
    expect(command).toMatchObject({ kind: 'error' });
    expect(command.text).toMatch(/could not reach my storage/);
  });
});

describe('text over the limit', () => {
  it(`refuses more than ${MAX_QUESTION_CHARS} characters politely, without routing it`, async () => {
    const reply = await app.bot.handle(ask(`${'why '.repeat(MAX_QUESTION_CHARS / 4)}?`));
    expect(reply.kind).toBe('info');
    expect(reply.text).toMatch(/is 40,001 characters long; I can read up to 40,000/);
    const command = await app.bot.handle({ ...ask(''), input: { kind: 'command', command: 'ai-procurement', args: ['ask', 'x'.repeat(MAX_QUESTION_CHARS)] } });
    expect(command.kind).toBe('info');
    const atLimit = await app.bot.handle(ask(`what is open-weight${' '.repeat(MAX_QUESTION_CHARS - 25)}?`));
    expect(atLimit.kind).not.toBe('info');
  });
});
