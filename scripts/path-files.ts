/**
 * `npx tsx scripts/path-files.ts [--list] [--json]`: how many product files (not node_modules, not tests) run code
 * on one answered Slack mention and on one answered Teams message, through the real Bolt receiver and the real
 * CloudAdapter on loopback (the far side of each wire is the tests' fake Slack API and fake Bot Connector).
 *
 * V8 precise coverage with call counts: each turn is sent once to warm up (module loading, index build), the
 * counters are reset, then the same turn is sent again; a file counts when one of its functions ran (count > 0).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startHarness as startSlack } from '../test/e2e/slack/support/harness.ts';
import { postJson } from '../test/e2e/slack/support/signing.ts';
import { eventCallback, mention } from '../test/e2e/slack/support/payloads.ts';
import { startHarness as startTeams } from '../test/e2e/teams/support/harness.ts';
import { personalMessage } from '../test/e2e/teams/support/activities.ts';

const QUESTION = 'What does the Llama 4 licence require us to display?';
const root = pathToFileURL(fileURLToPath(new URL('../', import.meta.url))).href;

interface ScriptCoverage {
  url: string;
  functions: { functionName: string; ranges: { count: number }[] }[];
}

function productFile(url: string): string | undefined {
  if (!url.startsWith(root)) return undefined;
  const path = url.slice(root.length);
  if (path.startsWith('node_modules/') || path.startsWith('test/') || path.startsWith('scripts/') || path.startsWith('bench/')) return undefined;
  return path;
}

async function filesRunBy(session: Session, turn: () => Promise<void>): Promise<string[]> {
  await turn();
  await session.post('Profiler.takePreciseCoverage'); // resets the counters: the warm-up is not counted
  await turn();
  const { result } = (await session.post('Profiler.takePreciseCoverage')) as { result: ScriptCoverage[] };
  const files = new Set<string>();
  for (const script of result) {
    const file = productFile(script.url);
    if (file && script.functions.some((f) => (f.ranges[0]?.count ?? 0) > 0)) files.add(file);
  }
  return [...files].sort();
}

async function slackMention(): Promise<string[]> {
  const h = await startSlack();
  try {
    return await filesRunBy(session, async () => {
      const ev = mention(QUESTION);
      await postJson(h.eventsUrl, eventCallback(ev));
      await h.fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === ev.ts, 30_000);
    });
  } finally {
    await h.close();
  }
}

async function teamsMessage(): Promise<string[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'path-files-'));
  const h = await startTeams({ env: { DATA_DIR: dataDir, LOG_LEVEL: 'silent' } });
  try {
    return await filesRunBy(session, async () => {
      const res = await h.post(personalMessage(h.connector.url, QUESTION));
      if (res.status !== 200) throw new Error(`Teams answered ${res.status}`);
    });
  } finally {
    await h.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: false });

const slack = await slackMention();
const teams = await teamsMessage();
session.disconnect();

const args = process.argv.slice(2);
if (args.includes('--json')) {
  process.stdout.write(`${JSON.stringify({ slack: { count: slack.length, files: slack }, teams: { count: teams.length, files: teams } }, null, 2)}\n`);
} else {
  process.stdout.write(`answered Slack mention: ${slack.length} product files\nanswered Teams message: ${teams.length} product files\n`);
  if (args.includes('--list')) {
    process.stdout.write(`\nSlack:\n${slack.map((f) => `  ${f}`).join('\n')}\n\nTeams:\n${teams.map((f) => `  ${f}`).join('\n')}\n`);
  }
}
process.exit(0);
