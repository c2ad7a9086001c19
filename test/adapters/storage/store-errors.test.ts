import { describe, expect, it } from 'vitest';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStore } from '../../../adapters/storage/store.ts';
import { userMessage } from '../../../bot/errors.ts';

describe('a store whose database fails after opening', () => {
  it('reports store_unavailable, with the database error kept as the cause and out of the user text', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aip-store-err-'));
    const store = await createStore(`sqlite://${join(dir, 's.db')}`);
    const scope = { platform: 'slack', tenant: 'T1' };
    await store.close();
    const err = await store.listRuns(scope).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'store_unavailable' });
    expect((err as Error).cause).toBeInstanceOf(Error);
    expect(userMessage(err)).toMatch(/nothing was changed/);
    expect(userMessage(err)).not.toMatch(/database|closed/i);
  });
});
