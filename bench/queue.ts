/**
 * Durable queue benchmark (`npm run bench -- queue`): mention -> cited answer, 100 mentions at once, through the
 * pg-boss queue on PostgreSQL against the in-process path, in the same run, on the same PostgreSQL store and the
 * same loopback fake Slack. Rounds alternate between the two so machine load hits both alike. Target: the queue's
 * p99 within 1.5x of the in-process p99. Needs PostgreSQL at 127.0.0.1:5432 and says so when it is missing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startHarness, type Harness } from '../test/e2e/slack/support/harness.ts';
import { startFakeSlack } from '../test/e2e/slack/support/fake-slack.ts';
import { TEST_PG_URL, dropSchema, postgresReachable } from '../test/adapters/storage/pg-helpers.ts';
import { answerWatcher, median, mentionLatency, ms, percentile } from './slack-support.ts';

const ROUNDS = 5;
const AT_ONCE = 100;

async function main(): Promise<void> {
  if (!(await postgresReachable())) {
    console.log(`queue benchmark SKIPPED: PostgreSQL at ${TEST_PG_URL} is unreachable`);
    return;
  }
  const schema = `bench_queue_${process.pid}`;
  const client = new pg.Client({ connectionString: TEST_PG_URL });
  await client.connect();
  await client.query(`CREATE SCHEMA ${schema}`);
  await client.end();
  const url = new URL(TEST_PG_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const fake = await startFakeSlack();
  const dirs = [mkdtempSync(join(tmpdir(), 'ap-queue-bench-')), mkdtempSync(join(tmpdir(), 'ap-queue-bench-'))];
  const env = { DATABASE_URL: url.toString(), RATE_LIMIT_USER_PER_MINUTE: '0', RATE_LIMIT_WORKSPACE_PER_DAY: '0' };
  const paths: [string, Harness][] = [
    ['in-process', await startHarness({ fake, dataDir: dirs[0], env, queue: false })],
    ['queue (pg-boss)', await startHarness({ fake, dataDir: dirs[1], env, queue: true })],
  ];
  const watch = answerWatcher(fake);
  const lat = new Map<string, number[]>(paths.map(([name]) => [name, []]));
  let missing = 0;
  try {
    for (const [, h] of paths) for (let i = 0; i < 20; i++) await mentionLatency(h.eventsUrl, fake, watch, i);
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 ? [...paths].reverse() : paths;
      for (const [name, h] of order) {
        const got = await Promise.all(Array.from({ length: AT_ONCE }, (_, i) => mentionLatency(h.eventsUrl, fake, watch, i, undefined)));
        missing += got.filter((x) => x === undefined).length;
        lat.get(name)!.push(...got.filter((x): x is number => x !== undefined));
        await new Promise((r) => setTimeout(r, 500));
      }
    }
    const rows = paths.map(([name]) => {
      const xs = lat.get(name)!;
      return { name, median: median(xs), p99: percentile(xs, 99), n: xs.length };
    });
    for (const r of rows) console.log(`mention->answer ${AT_ONCE} at once, ${ROUNDS} rounds  ${r.name.padEnd(16)} median ${ms(r.median)}  p99 ${ms(r.p99)}  (n=${r.n})`);
    const ratio = rows[1]!.p99 / rows[0]!.p99;
    console.log(`p99 ratio queue / in-process ${ratio.toFixed(2)} (target <= 1.5) ${ratio <= 1.5 ? 'PASS' : 'MISS'};  median ratio ${(rows[1]!.median / rows[0]!.median).toFixed(2)}${missing ? `;  ${missing} answers missing` : ''}`);
    process.exitCode = missing ? 1 : 0;
  } finally {
    for (const [, h] of paths) await h.close();
    await fake.close();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
    await dropSchema(schema);
    await dropSchema(`${schema}_pgboss`);
  }
}

await main();
