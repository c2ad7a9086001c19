import { afterAll, describe, expect, it } from 'vitest';
import type { CreateStoreOptions } from '../../../adapters/storage/store.ts';
import { MIGRATIONS, migrate } from '../../../adapters/storage/migrations.ts';
import type { SqlDb } from '../../../adapters/storage/sql-db.ts';
import type { Store } from '../../../workflows/store.ts';

/** A backend under test: each `name` is a database of its own (a file, a schema), opened as a store or raw. */
export interface UnansweredLogTarget {
  open(name: string, options?: CreateStoreOptions): Promise<Store>;
  /** A plain connection to the same database, for what the store must have written (or must have deleted). */
  raw(name: string): Promise<SqlDb>;
  cleanup(): Promise<void>;
}

const DAY = 24 * 3600 * 1000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();
const scope = { platform: 'slack', tenant: 'T-log' };
const PII = ['jane.doe@example.com', '07700 900123', 'Jane Doe', '4111 1111 1111 1111'];
const QUESTION = "I'm Jane Doe (jane.doe@example.com, 07700 900123), card 4111 1111 1111 1111: who won the football?";

/**
 * The unanswered log keeps no personal data and nothing past its retention (issue 10), on SQLite and PostgreSQL
 * alike: run by sqlite.test.ts and postgres.test.ts beside the Store contract.
 */
export function unansweredLogContract(backend: string, target: UnansweredLogTarget): void {
  describe(`unanswered log privacy: ${backend}`, () => {
    const opened: { close(): Promise<void> }[] = [];
    const open = async (name: string, options?: CreateStoreOptions) => {
      const s = await target.open(name, options);
      opened.push(s);
      return s;
    };
    const raw = async (name: string) => {
      const db = await target.raw(name);
      opened.push(db);
      return db;
    };
    const questions = async (db: SqlDb) => (await db.all<{ question: string }>('SELECT question FROM unanswered_questions ORDER BY at')).map((r) => String(r.question));
    afterAll(async () => {
      for (const o of opened.reverse()) await o.close().catch(() => undefined);
      await target.cleanup();
    });

    it('stores a question with every kind of personal data redacted, and reads it back redacted', async () => {
      const store = await open('redact');
      await store.logUnanswered(scope, { question: QUESTION, user: 'U1', at: ago(0) });
      const stored = await questions(await raw('redact'));
      expect(stored).toEqual(["I'm [NAME] ([EMAIL], [PHONE]), card [CARD_NUMBER]: who won the football?"]);
      expect((await store.listUnanswered(scope)).map((q) => q.question)).toEqual(stored);
      const report = JSON.stringify(await store.knowledgeGaps(10));
      for (const value of PII) expect(report).not.toContain(value);
    });

    it('stores a pasted access key as a placeholder, never as typed', async () => {
      const store = await open('credential');
      await store.logUnanswered(scope, { question: 'here is our key sk-FAKE-NOT-REAL-key, and xoxb-FAKE-NOT-REAL too. keep them?', user: 'U1', at: ago(0) });
      const stored = await questions(await raw('credential'));
      expect(stored).toEqual(['here is our key [CREDENTIAL], and [CREDENTIAL] too. keep them?']);
    });

    it('deletes questions past the retention period when one is written, and never reports them meanwhile', async () => {
      const store = await open('retention', { unansweredRetentionDays: 30 });
      const db = await raw('retention');
      // Rows the store did not write itself since it opened: one expired, one not.
      for (const [q, days] of [['expired question?', 31], ['recent question?', 29]] as const) {
        await db.run('INSERT INTO unanswered_questions (platform, tenant, question, at, redacted) VALUES (?, ?, ?, ?, 1)', [scope.platform, scope.tenant, q, ago(days)]);
      }
      expect((await store.listUnanswered(scope)).map((q) => q.question)).toEqual(['recent question?']);
      expect((await store.knowledgeGaps(10)).map((g) => g.question)).toEqual(['recent question?']);
      await store.logUnanswered(scope, { question: 'new question?', at: ago(0) });
      expect(await questions(db)).toEqual(['recent question?', 'new question?']);
    });

    it('prunes expired questions when the store opens, with 90 days by default', async () => {
      const first = await open('open-prune');
      const db = await raw('open-prune');
      for (const [q, days] of [['91 days old?', 91], ['89 days old?', 89]] as const) {
        await db.run('INSERT INTO unanswered_questions (platform, tenant, question, at, redacted) VALUES (?, ?, ?, ?, 1)', [scope.platform, scope.tenant, q, ago(days)]);
      }
      await first.close();
      await open('open-prune');
      expect(await questions(db)).toEqual(['89 days old?']);
    });

    it('redacts rows stored before redaction existed: in place when the store opens, and on read regardless', async () => {
      const db = await raw('legacy');
      // A database as version 1 left it: the question as typed, no redaction flag.
      await migrate(db, MIGRATIONS.filter((m) => m.version === 1));
      await db.run('INSERT INTO unanswered_questions (platform, tenant, question, at) VALUES (?, ?, ?, ?)', [scope.platform, scope.tenant, QUESTION, ago(1)]);
      const store = await open('legacy');
      const stored = await questions(db);
      for (const value of PII) expect(stored.join('')).not.toContain(value);
      expect(stored[0]).toContain('[EMAIL]');
      // A row written raw behind the store's back (an older replica still running) is redacted when read.
      await db.run('INSERT INTO unanswered_questions (platform, tenant, question, at, redacted) VALUES (?, ?, ?, ?, 1)', [scope.platform, scope.tenant, 'call me on 07911/123/456 ok?', ago(0)]);
      const read = JSON.stringify([await store.listUnanswered(scope), await store.knowledgeGaps(10)]);
      expect(read).not.toContain('07911/123/456');
      expect(read).toContain('call me on [PHONE] ok?');
    });
  });
}
