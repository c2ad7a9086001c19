import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOllama, type FakeModelServer } from '../../fakes/model-servers/index.ts';
import { startHarness, type Harness } from './support/harness.ts';
import { CHANNEL, eventCallback, mention, nextTs } from './support/payloads.ts';
import { postJson } from './support/signing.ts';

let h: Harness;
let ollama: FakeModelServer;
beforeAll(async () => {
  ollama = await startFakeOllama();
  h = await startHarness({ env: { MODEL_PROVIDER: 'ollama', MODEL_NAME: 'llama3.1:8b', MODEL_BASE_URL: ollama.url } });
});
afterAll(async () => {
  await h?.close();
  await ollama?.close();
});

describe('a configured self-hosted model helps judge shared vendor documents', () => {
  it('asks the model about the addressed questions only, and the draft says which verdicts were model-assisted', async () => {
    const reply = { kind: 'reply' as const, pieces: [JSON.stringify({ status: 'concern', quotes: [1], reason: 'Partly answered; the buyer should ask for the contract clause.' })] };
    ollama.script(...Array.from({ length: 12 }, () => reply));
    const ts = nextTs();
    const data = readFileSync(new URL('../../../workflows/questionnaire/eval/documents/t5-orbital-faq.html', import.meta.url));
    const file = h.fake.hostFile('t5-orbital-faq.html', data);
    await postJson(h.eventsUrl, eventCallback({ ...mention('assess Orbital', { ts }), files: [file] }));
    const summary = await h.fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === ts && /Proposed answers for Orbital/.test(String(c.args.text)), 15_000);
    const draft = await h.app.store!.getDraft({ platform: 'slack', tenant: 'T0FAKE', channel: CHANNEL }, 'Orbital');
    const addressed = draft!.answers.filter((a) => a.judgedBy === 'model');
    expect(addressed.length).toBeGreaterThan(0);
    expect(ollama.requests.length).toBe(draft!.answers.filter((a) => a.status !== 'unanswered' || a.judgedBy === 'model').length);
    for (const a of addressed) expect(a).toMatchObject({ status: 'concern', reason: 'Partly answered; the buyer should ask for the contract clause.' });
    expect(JSON.stringify(summary.args.blocks)).toContain('(model-assisted)');
  });
});
