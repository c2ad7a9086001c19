import { it } from 'vitest';
import pg from 'pg';
import { startRealServer } from './helpers/real-server.ts';
import { TEST_PG_URL, dropSchema } from './storage/pg-helpers.ts';
import { startFakeSlack } from './e2e/slack/support/fake-slack.ts';
import { SIGNING_SECRET, postJson } from './e2e/slack/support/signing.ts';
import { eventCallback, mention } from './e2e/slack/support/payloads.ts';
it('dbg', async () => {
  const schema = `dbg_${process.pid}`;
  const fake = await startFakeSlack();
  const c = new pg.Client({ connectionString: TEST_PG_URL }); await c.connect(); await c.query(`CREATE SCHEMA ${schema}`);
  const url = new URL(TEST_PG_URL); url.searchParams.set('options', `-c search_path=${schema}`);
  const s = await startRealServer({ SLACK_BOT_TOKEN: 'xoxb-FAKE', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, DATABASE_URL: url.toString(), LOG_LEVEL: 'debug' });
  for (let i = 0; i < 3; i++) { const r = await postJson(`${s.baseUrl}/slack/events`, eventCallback(mention('What are the five factors?'))); console.log('status', r.status); }
  await new Promise((r) => setTimeout(r, 2000));
  console.log((await c.query(`SELECT id, state, data FROM ${schema}_pgboss.job`)).rows.length, fake.calls.map((x) => x.method).join(','));
  console.log(s.logLines().map((l) => `${l.level} ${l.msg} ${JSON.stringify(l.err ?? '')}`.slice(0, 200)).join('\n'));
  await s.stop(0); await c.end(); await fake.close(); await dropSchema(schema); await dropSchema(`${schema}_pgboss`);
}, 120000);
