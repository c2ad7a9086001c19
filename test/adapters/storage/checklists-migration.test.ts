import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqlite } from '../../../adapters/storage/sqlite-db.ts';
import { openPostgres } from '../../../adapters/storage/postgres-db.ts';
import { migrate, MIGRATIONS } from '../../../adapters/storage/migrations.ts';
import { CHECKLISTS_BY_CONVERSATION } from '../../../adapters/storage/checklists-by-conversation.ts';
import { createSqlStore } from '../../../adapters/storage/sql-store.ts';
import type { SqlDb, SqlParam } from '../../../adapters/storage/sql-db.ts';
import { TEST_PG_URL, dropSchema, postgresReachable } from './pg-helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'aip-conv-mig-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const pgUp = await postgresReachable();
const at = (s: number) => new Date(Date.UTC(2025, 5, 1, 10, 0, s)).toISOString();

/** Rows as version 1 stored them: checklists shared by every channel of a workspace. */
async function seedVersion1(db: SqlDb): Promise<void> {
  const run = (p: string, t: string, id: string, channel: string, kind: string, subjectKey: string | null, s: number) =>
    db.run(`INSERT INTO runs (platform, tenant, id, kind, channel, thread, subject, subject_key, status, current_step, started_by_id, started_by_name, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, NULL, ?, ?, 'active', NULL, 'U1', NULL, ?, ?)`, [p, t, id, kind, channel, subjectKey, subjectKey, at(s), at(s)]);
  const list = (p: string, t: string, key: string, vendor: string, s: number) =>
    db.run('INSERT INTO checklists (platform, tenant, vendor_key, vendor, created_by_id, created_by_name, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [p, t, key, vendor, 'U-ana', 'Ana', at(s), at(s)]);
  const ans = (p: string, t: string, key: string, q: string, status: string, notes: SqlParam) =>
    db.run('INSERT INTO checklist_answers (platform, tenant, vendor_key, question_id, status, notes, evidence, answered_by_id, answered_by_name, answered_at) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, NULL, ?)', [p, t, key, q, status, notes, 'U-ana', at(9)]);
  // Started in a private channel, later continued from a public one (version 1 allowed that).
  await run('slack', 'T-M', 'r-public', 'C-PUBLIC', 'checklist', 'acme ai', 5);
  await run('slack', 'T-M', 'r-private', 'G-PRIVATE', 'checklist', 'acme ai', 2);
  await run('slack', 'T-M', 'r-decide', 'C-EARLIER', 'decision', null, 1);
  // Earlier runs for the same vendor in another workspace and on another platform must not decide T-M's origin.
  await run('slack', 'T-OTHER', 'r-other', 'C-OTHER', 'checklist', 'acme ai', 0);
  await run('teams', 'T-M', 'r-teams', '19:chan@thread.tacv2', 'checklist', 'acme ai', 0);
  await list('slack', 'T-M', 'acme ai', 'Acme AI', 2);
  await list('slack', 'T-OTHER', 'acme ai', 'Acme AI', 0);
  await list('teams', 'T-M', 'acme ai', 'Acme AI', 0);
  await list('slack', 'T-M', 'orphan co', 'Orphan Co', 3);
  await ans('slack', 'T-M', 'acme ai', 'data-use', 'red-flag', 'private: trains on prompts');
  await ans('slack', 'T-M', 'acme ai', 'exit', 'concern', null);
  await ans('slack', 'T-OTHER', 'acme ai', 'exit', 'satisfactory', null);
  await ans('teams', 'T-M', 'acme ai', 'exit', 'n/a', null);
  await ans('slack', 'T-M', 'orphan co', 'exit', 'concern', 'origin unknown');
}

async function checkMigrated(db: SqlDb): Promise<void> {
  const count = async (table: string) => Number((await db.all<{ n: number | string }>(`SELECT COUNT(*) AS n FROM ${table}`))[0]?.n);
  const before = { lists: await count('checklists'), answers: await count('checklist_answers') };
  expect(await migrate(db)).toEqual(MIGRATIONS.filter((m) => m.version > 1).map((m) => m.version));
  // Nothing is lost or copied.
  expect({ lists: await count('checklists'), answers: await count('checklist_answers') }).toEqual(before);

  const store = createSqlStore(db, { retentionDays: 90 });
  const here = (platform: string, tenant: string, channel: string) => ({ platform, tenant, channel });
  const acme = await store.getChecklist(here('slack', 'T-M', 'G-PRIVATE'), 'Acme AI');
  expect(acme).toMatchObject({ vendor: 'Acme AI', createdBy: { id: 'U-ana', name: 'Ana' }, createdAt: at(2) });
  expect(acme?.answers.map((a) => [a.questionId, a.status, a.notes])).toEqual([['data-use', 'red-flag', 'private: trains on prompts'], ['exit', 'concern', undefined]]);
  // Where it was not started, it is not seen: not in the public channel that continued it, nor anywhere else.
  for (const channel of ['C-PUBLIC', 'C-EARLIER', 'C-OTHER', 'D-ANY']) {
    expect(await store.getChecklist(here('slack', 'T-M', channel), 'Acme AI')).toBeUndefined();
    expect(await store.listChecklists(here('slack', 'T-M', channel))).toEqual([]);
  }
  expect((await store.getChecklist(here('slack', 'T-OTHER', 'C-OTHER'), 'acme ai'))?.answers.map((a) => a.status)).toEqual(['satisfactory']);
  expect((await store.getChecklist(here('teams', 'T-M', '19:chan@thread.tacv2'), 'acme ai'))?.answers.map((a) => a.status)).toEqual(['n/a']);
  // No recorded origin: kept, but under the empty channel no conversation can name.
  const orphan = await db.all<{ channel: string }>("SELECT channel FROM checklist_answers WHERE vendor_key = 'orphan co'");
  expect(orphan).toEqual([{ channel: '' }]);
  expect((await store.listChecklists(here('slack', 'T-M', 'G-PRIVATE'))).map((c) => c.vendor)).toEqual(['Acme AI']);

  // The new key accepts the same vendor in the public channel as a separate checklist.
  await store.recordChecklistAnswer(here('slack', 'T-M', 'C-PUBLIC'), 'Acme AI', { questionId: 'exit', status: 'satisfactory', answeredBy: { id: 'U-bo' }, answeredAt: at(20) });
  expect((await store.getChecklist(here('slack', 'T-M', 'G-PRIVATE'), 'Acme AI'))?.answers.find((a) => a.questionId === 'exit')?.status).toBe('concern');
  expect((await store.getChecklist(here('slack', 'T-M', 'C-PUBLIC'), 'Acme AI'))?.answers.map((a) => a.status)).toEqual(['satisfactory']);
}

describe(`migration ${CHECKLISTS_BY_CONVERSATION.version}: existing checklists go to the conversation that started them`, () => {
  it('SQLite', async () => {
    const db = openSqlite(join(dir, 'v1.db'));
    try {
      expect(await migrate(db, MIGRATIONS.filter((m) => m.version < CHECKLISTS_BY_CONVERSATION.version))).toEqual([1]);
      await seedVersion1(db);
      await checkMigrated(db);
    } finally {
      await db.close();
    }
  });

  it.skipIf(!pgUp)('PostgreSQL', async () => {
    const schema = `aip_convmig_${randomBytes(4).toString('hex')}`;
    const db = openPostgres(TEST_PG_URL, { schema });
    try {
      await db.run(`CREATE SCHEMA ${schema}`);
      await migrate(db, MIGRATIONS.filter((m) => m.version < CHECKLISTS_BY_CONVERSATION.version));
      await seedVersion1(db);
      await checkMigrated(db);
    } finally {
      await db.close();
      await dropSchema(schema);
    }
  });
});
