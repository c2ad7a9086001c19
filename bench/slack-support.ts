/**
 * What the Slack benchmarks share: the questions asked, percentiles, and the watcher that times a mention to its
 * cited answer at the fake Slack.
 */
import { carriesCitations, type ApiCall, type FakeSlack } from '../test/e2e/slack/support/fake-slack.ts';
import { postJson } from '../test/e2e/slack/support/signing.ts';
import { eventCallback, mention } from '../test/e2e/slack/support/payloads.ts';

export const QUESTIONS = [
  'What are the five factors in the open vs closed decision?',
  'Below what monthly spend is a closed API usually cheaper?',
  'What does the Llama 4 licence require us to display?',
  'What is the capability gap between open and closed models?',
  'Does the CLOUD Act reach data held in an EU region?',
];
export const q = (i: number) => QUESTIONS[i % QUESTIONS.length]!;
export const median = (xs: number[]) => percentile(xs, 50);
export function percentile(xs: number[], p: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}
export const ms = (x: number) => `${x.toFixed(1)} ms`;
/**
 * Resolves, per mention ts, when the fake receives the reply in that thread: the chat.postMessage, or the
 * chat.update of a streamed message, that carries the cited answer (`ap.citations`). A thread whose reply has no
 * citations (no knowledge base wired) resolves on its first post and is counted as uncited.
 */
export function answerWatcher(fake: FakeSlack) {
  const waiting = new Map<string, (c: ApiCall) => void>();
  const threadOfTs = new Map<string, string>();
  const answers = new Map<string, number>();
  const uncited = new Set<string>();
  fake.on('call', (c: ApiCall) => {
    let thread: string | undefined;
    if (c.method === 'chat.postMessage' && typeof c.args.thread_ts === 'string') {
      thread = c.args.thread_ts;
      if (typeof c.result?.ts === 'string') threadOfTs.set(c.result.ts, thread);
    } else if (c.method === 'chat.update') thread = threadOfTs.get(String(c.args.ts));
    if (!thread) return;
    // Classic sections carry `ap.citations`; a native answer's markdown block ends with its Sources list.
    const cited = carriesCitations(c.args.blocks);
    // A streamed placeholder (a post without citations, later updated) is not the answer.
    if (!cited && c.method === 'chat.update') return;
    if (!cited) uncited.add(thread);
    if (c.method === 'chat.postMessage') answers.set(thread, (answers.get(thread) ?? 0) + 1);
    waiting.get(thread)?.(c);
    waiting.delete(thread);
  });
  return {
    answers,
    uncited,
    wait(ts: string, timeoutMs = 10_000): Promise<ApiCall | undefined> {
      return new Promise((resolve) => {
        const t = setTimeout(() => (waiting.delete(ts), resolve(undefined)), timeoutMs);
        waiting.set(ts, (c) => (clearTimeout(t), resolve(c)));
      });
    },
  };
}

/**
 * Sends one mention; resolves with the ms until its cited answer. `signal` gets the ms until the first visible
 * sign of work: the eyes reaction when the answer was slow enough to need one, else the answer itself.
 */
export async function mentionLatency(url: string, fake: FakeSlack, watch: ReturnType<typeof answerWatcher>, i: number, signal?: number[]): Promise<number | undefined> {
  const ev = mention(q(i));
  const answered = watch.wait(ev.ts);
  const t0 = performance.now();
  await postJson(url, eventCallback(ev));
  const c = await answered;
  const reaction = fake.calls.find((r) => r.method === 'reactions.add' && r.args.timestamp === ev.ts);
  const first = Math.min(reaction?.at ?? Infinity, c?.at ?? Infinity);
  if (signal && Number.isFinite(first)) signal.push(first - t0);
  return c ? c.at - t0 : undefined;
}

