import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openSqlite } from '../../../adapters/storage/sqlite-db.ts';
import { MIGRATIONS, migrate } from '../../../adapters/storage/migrations.ts';
import { runCli } from '../../helpers/cli.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

/** `kb gaps` never prints raw personal data (issue 10): not for new questions, not for rows stored before redaction. */
const PII = ['jane.doe@example.com', '07700 900123', 'Jane Doe', 'AB 12 34 56 C'];
const ASKED = "I'm Jane Doe, reach me at jane.doe@example.com or 07700 900123: who won the football last night?";

describe('kb gaps and personal data', () => {
  it('prints questions asked through the bot with personal data replaced, as text and as JSON', async () => {
    const dir = await tempDir('aip-gaps-pii-');
    const env = { DATABASE_URL: `sqlite://${join(dir, 'state.db')}` };
    expect((await runCli(['ask', ASKED, '--json'], { env })).code).toBe(0);
    for (const args of [['kb', 'gaps'], ['kb', 'gaps', '--json']]) {
      const r = await runCli(args, { env });
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/\[NAME\].*\[EMAIL\].*\[PHONE\]/);
      for (const value of PII) expect(r.stdout).not.toContain(value);
    }
  });

  it('redacts questions a version before redaction stored as typed, and drops those past UNANSWERED_RETENTION_DAYS', async () => {
    const dir = await tempDir('aip-gaps-legacy-');
    const file = join(dir, 'old.db');
    const db = openSqlite(file);
    await migrate(db, MIGRATIONS.filter((m) => m.version === 1));
    const insert = 'INSERT INTO unanswered_questions (platform, tenant, question, at) VALUES (?, ?, ?, ?)';
    await db.run(insert, ['slack', 'T1', 'my NI number is AB 12 34 56 C, what is a DPA?', new Date().toISOString()]);
    await db.run(insert, ['slack', 'T1', 'an old question from Jane Doe?', new Date(Date.now() - 40 * 24 * 3600 * 1000).toISOString()]);
    await db.close();
    const r = await runCli(['kb', 'gaps', '--json'], { env: { DATABASE_URL: `sqlite://${file}`, UNANSWERED_RETENTION_DAYS: '30' } });
    expect(r.code).toBe(0);
    const gaps = JSON.parse(r.stdout) as { question: string }[];
    expect(gaps.map((g) => g.question)).toEqual(['my NI number is [NI_NUMBER], what is a DPA?']);
    for (const value of PII) expect(r.stdout).not.toContain(value);
  });
});
