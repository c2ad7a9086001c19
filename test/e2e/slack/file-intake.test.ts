import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { describe, expect, it } from 'vitest';
import { eventually, settle, useHarness, type Harness } from './support/harness.ts';
import { CHANNEL, USER, blockAction, eventCallback, mention, nextTs } from './support/payloads.ts';
import { postInteraction, postJson } from './support/signing.ts';
import type { ApiCall } from './support/fake-slack.ts';

let h: Harness;
useHarness((x) => (h = x));

const here = { platform: 'slack', tenant: 'T0FAKE', channel: CHANNEL };
const doc = (name: string) => readFileSync(new URL(`../../../workflows/questionnaire/eval/documents/${name}`, import.meta.url));

/** A file shared into a channel thread (no mention): a `message` event with subtype `file_share`. */
function fileShare(files: Record<string, unknown>[], opts: { thread_ts?: string; text?: string } = {}) {
  return { type: 'message', subtype: 'file_share', channel_type: 'channel', user: USER, text: opts.text ?? '', ts: nextTs(), channel: CHANNEL, files, ...(opts.thread_ts ? { thread_ts: opts.thread_ts } : {}) };
}

const textOf = (c: ApiCall) => `${String(c.args.text)} ${JSON.stringify(c.args.blocks ?? [])}`;
const postedIn = (thread: string, re: RegExp) => h.fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === thread && re.test(textOf(c)), 15_000);

// File names are the sender's words: shown inert, so one that looks like a host name is defanged ("huge[.]pdf").
describe('vendor documents shared in Slack', () => {
  it('a file shared into a checklist\'s thread is downloaded with the bot token, assessed, and the draft posted there; Accept all records who accepted', async () => {
    const root = nextTs();
    await postJson(h.eventsUrl, eventCallback(mention('/ai-procurement checklist Orbital', { ts: root })));
    await postedIn(root, /Vendor checklist: Orbital/);
    const file = h.fake.hostFile('t5-orbital-faq.html', doc('t5-orbital-faq.html'));
    await postJson(h.eventsUrl, eventCallback(fileShare([file], { thread_ts: root })));
    const summary = await postedIn(root, /Proposed answers for Orbital/);
    expect(h.fake.downloads).toEqual([{ path: new URL(String(file.url_private_download)).pathname, token: 'xoxb-FAKE' }]);
    expect(textOf(summary)).toMatch(/Nothing counts as answered until someone here accepts it/);
    expect((await h.app.store!.getChecklist(here, 'Orbital'))?.answers).toEqual([]);
    expect((await h.app.store!.getDraft(here, 'Orbital'))?.answers).toHaveLength(12);

    // Accept all, pressed in the thread.
    const blocks = summary.args.blocks as { elements?: { action_id: string; value: string; text: { text: string } }[] }[];
    const accept = blocks.flatMap((b) => b.elements ?? []).find((e) => e.text.text === 'Accept all')!;
    const message = { type: 'message', ts: String(summary.result?.ts), thread_ts: root, text: 'summary', blocks: summary.args.blocks };
    await postInteraction(h.eventsUrl, blockAction({ action_id: accept.action_id, value: accept.value, text: 'Accept all' }, { responseUrl: h.responseUrl(), message }));
    await eventually(async () => {
      const list = await h.app.store!.getChecklist(here, 'Orbital');
      expect(list?.answers).toHaveLength(12);
      expect(list?.answers.every((a) => a.answeredBy.id === USER && a.review?.documents[0] === 't5-orbital-faq.html')).toBe(true);
    });
  });

  it('a file with a mention names the vendor; the summary goes into the mention\'s thread', async () => {
    const ts = nextTs();
    const file = h.fake.hostFile('t3-quillsoft-dpa.docx', doc('t3-quillsoft-dpa.docx'));
    await postJson(h.eventsUrl, eventCallback({ ...mention('assess Quillsoft', { ts }), files: [file] }));
    await postedIn(ts, /Proposed answers for Quillsoft/);
    expect((await h.app.store!.getDraft(here, 'Quillsoft'))?.documents).toEqual(['t3-quillsoft-dpa.docx']);
  });

  it('a file shared in a thread that is no checklist\'s, without a mention, is neither downloaded nor answered', async () => {
    const before = h.fake.downloads.length;
    const posts = h.fake.of('chat.postMessage').length;
    const file = h.fake.hostFile('holiday.txt', Buffer.from('Team offsite plans.'));
    await postJson(h.eventsUrl, eventCallback(fileShare([file], { thread_ts: nextTs() })));
    await settle(400);
    expect(h.fake.downloads.length).toBe(before);
    expect(h.fake.of('chat.postMessage').length).toBe(posts);
  });

  it('over 20 MB (said by Slack, or found while downloading), a failed download, or a file host that is not Slack\'s: a clear message, nothing stored', async () => {
    const declared = nextTs();
    const big = h.fake.hostFile('huge.pdf', Buffer.from('%PDF-1.4'), { size: 25 * 1024 * 1024 });
    const before = h.fake.downloads.length;
    await postJson(h.eventsUrl, eventCallback({ ...mention('assess Vast AI', { ts: declared }), files: [big] }));
    await postedIn(declared, /huge\[\.\]pdf is larger than the 20 MB limit\. .*Nothing was assessed or stored\./);
    expect(h.fake.downloads.length).toBe(before);

    // Slack says 1 kB; the body keeps coming, with no Content-Length: refused once past the limit.
    const streamed = nextTs();
    const liar = h.fake.hostFile('liar.txt', Buffer.alloc(21 * 1024 * 1024, 'a'), { size: 1024, contentLength: false });
    await postJson(h.eventsUrl, eventCallback({ ...mention('assess Vast AI', { ts: streamed }), files: [liar] }));
    await postedIn(streamed, /liar\[\.\]txt is larger than the 20 MB limit/);

    const missing = nextTs();
    const gone = { ...h.fake.hostFile('gone.docx', Buffer.from('x')), url_private_download: `${h.fake.url}/files-pri/T0FAKE-F0/download/gone.docx` };
    await postJson(h.eventsUrl, eventCallback({ ...mention('assess Vast AI', { ts: missing }), files: [gone] }));
    await postedIn(missing, /gone\[\.\]docx could not be downloaded\. Share it again, or check that I have access to it\./);

    // A URL on another host never receives the bot token.
    const seen: (string | undefined)[] = [];
    const other = createServer((req, res) => {
      seen.push(req.headers.authorization);
      res.end('secret plans');
    });
    await new Promise<void>((r) => other.listen(0, '127.0.0.1', r));
    const port = (other.address() as { port: number }).port;
    const foreign = nextTs();
    await postJson(h.eventsUrl, eventCallback({ ...mention('assess Vast AI', { ts: foreign }), files: [{ id: 'F1', name: 'plans.txt', size: 12, mode: 'hosted', url_private_download: `http://127.0.0.1:${port}/plans.txt` }] }));
    await postedIn(foreign, /plans\[\.\]txt could not be downloaded/);
    other.close();
    expect(seen).toEqual([]);
    expect(await h.app.store!.getDraft(here, 'Vast AI')).toBeUndefined();
  });

  it('the fake, like Slack, serves the sign-in page to a request without the bot token', async () => {
    const file = h.fake.hostFile('x.txt', Buffer.from('hello'));
    const res = await fetch(String(file.url_private_download));
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).not.toContain('hello');
  });
});
