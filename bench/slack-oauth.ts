/**
 * Slack OAuth benchmark (`npm run bench -- slack-oauth`): what per-workspace authorization costs. In OAuth mode
 * Bolt reads the workspace's installation from the store (SQLite here) before every request; in single-token mode
 * it does not. Both apps run in this process against one loopback fake Slack, and mentions alternate between them,
 * so load drifts hit both equally.
 *  - mention -> cited answer, one at a time: median per mode and the ratio (target: OAuth / token <= 1.25, as for
 *    the slash-command ack). In OAuth mode 10 workspaces are installed and the mentions spread over them; every
 *    answer must carry its own workspace's token (exit code 1 otherwise).
 * Noise is shown as the spread of the per-round medians (five rounds of 30 per mode).
 */
import { startHarness, type Harness } from '../test/e2e/slack/support/harness.ts';
import { carriesCitations, startFakeSlack, type FakeSlack } from '../test/e2e/slack/support/fake-slack.ts';
import { installApp } from '../test/e2e/slack/support/install.ts';
import { eventCallback, mention } from '../test/e2e/slack/support/payloads.ts';
import { postJson } from '../test/e2e/slack/support/signing.ts';

const QUESTIONS = ['What does the Llama 4 licence require us to display?', 'Below what monthly spend is a closed API usually cheaper?', 'Does the CLOUD Act reach data held in an EU region?'];
const OAUTH_APP = { clientId: '5555.6666-fake', clientSecret: 'fake-bench-secret-not-real', redirectUri: 'https://bench.example.test/slack/oauth_redirect' };
const WORKSPACES = Array.from({ length: 10 }, (_, i) => `T0BENCH${i}`);
const ROUNDS = 5;
const PER_ROUND = 30;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? NaN;
const ms = (x: number) => `${x.toFixed(1)} ms`;

/** One mention from `team`; resolves with the ms until the cited answer reached the fake, and the token it used. */
async function answerOnce(h: Harness, fake: FakeSlack, team: string, i: number): Promise<{ ms: number; token?: string }> {
  const ev = mention(QUESTIONS[i % QUESTIONS.length]!, { channel: `C${team}` });
  const t0 = performance.now();
  const answered = fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === ev.ts && carriesCitations(c.args.blocks), 20_000);
  await postJson(h.eventsUrl, eventCallback(ev, undefined, team));
  const c = await answered;
  return { ms: c.at - t0, ...(c.token ? { token: c.token } : {}) };
}

async function main(): Promise<void> {
  const fake = await startFakeSlack({ oauth: OAUTH_APP });
  // One user asks hundreds of questions here: the per-user limit would answer most of them with a polite refusal.
  const noLimits = { RATE_LIMIT_USER_PER_MINUTE: '0', RATE_LIMIT_WORKSPACE_PER_DAY: '0' };
  const token = await startHarness({ fake, env: noLimits });
  const oauth = await startHarness({
    fake,
    env: { ...noLimits, SLACK_BOT_TOKEN: '', SLACK_CLIENT_ID: OAUTH_APP.clientId, SLACK_CLIENT_SECRET: OAUTH_APP.clientSecret, SLACK_STATE_SECRET: 'fake-bench-state-secret', PUBLIC_BASE_URL: 'https://bench.example.test' },
  });
  let wrongToken = 0;
  try {
    for (const team of WORKSPACES) {
      const done = await installApp(oauth.baseUrl, fake, { team });
      if (done.status !== 200) throw new Error(`install into ${team} failed: ${done.status}`);
    }
    const tokenOf = new Map([...(fake.oauth?.tokens ?? [])].map(([t, o]) => [o.team ?? '', t]));
    // Warm both (JIT, index, statement caches).
    for (let i = 0; i < 10; i++) {
      await answerOnce(token, fake, 'T0FAKE', i);
      await answerOnce(oauth, fake, WORKSPACES[i % WORKSPACES.length]!, i);
    }
    const rounds: { token: number; oauth: number }[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      const t: number[] = [];
      const o: number[] = [];
      for (let i = 0; i < PER_ROUND; i++) {
        t.push((await answerOnce(token, fake, 'T0FAKE', i)).ms);
        const team = WORKSPACES[(r * PER_ROUND + i) % WORKSPACES.length]!;
        const a = await answerOnce(oauth, fake, team, i);
        if (a.token !== tokenOf.get(team)) wrongToken += 1;
        o.push(a.ms);
      }
      rounds.push({ token: median(t), oauth: median(o) });
    }
    const tok = rounds.map((r) => r.token);
    const oa = rounds.map((r) => r.oauth);
    const spread = (xs: number[]) => `${ms(Math.min(...xs))}..${ms(Math.max(...xs))}`;
    const ratio = median(oa) / median(tok);
    console.log(`mention->answer one at a time, single token  median ${ms(median(tok))} (round medians ${spread(tok)})`);
    console.log(`mention->answer one at a time, OAuth, ${WORKSPACES.length} workspaces  median ${ms(median(oa))} (round medians ${spread(oa)})`);
    console.log(`ratio OAuth / token ${ratio.toFixed(2)} (target <= 1.25) ${ratio <= 1.25 ? 'PASS' : 'MISS'}; answers with another workspace's token: ${wrongToken} (must be 0)`);
  } finally {
    await oauth.close();
    await token.close();
    await fake.close();
  }
  process.exitCode = wrongToken ? 1 : 0;
}

await main();
