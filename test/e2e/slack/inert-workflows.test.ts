import { beforeAll, describe, expect, it } from 'vitest';
import { eventually, useHarness, type Harness } from './support/harness.ts';
import { USER, eventCallback, mention, slashCommand } from './support/payloads.ts';
import { postForm, postInteraction, postJson } from './support/signing.ts';
import { DEFANGED, HOSTILE_BLOCK, HOSTILE_LINES, citationUrls, slackReport } from '../support/inert-checks.ts';

/**
 * Issue 10: text from users and vendors is inert in everything the bot posts to Slack. Hostile vendor names,
 * notes and commands go in through the real Bolt receiver (signed requests); what the fake Slack received must
 * hold no live link or mention the bot did not make, and the hostile text must still be there, defanged.
 */
let h: Harness;
useHarness((x) => (h = x));
let citations: Set<string>;
beforeAll(async () => {
  citations = await citationUrls();
});

/** What Slack sends for text a user typed in a slash command: `&`, `<` and `>` escaped. */
const typed = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Everything the bot sent since a mark: Web API calls and response_url bodies. */
const mark = () => ({ calls: h.fake.calls.length, responses: h.fake.responses.length });
const sentSince = (m: ReturnType<typeof mark>) => [...h.fake.calls.slice(m.calls).map((c) => c.args), ...h.fake.responses.slice(m.responses).map((r) => r.body)];

function expectInert(payloads: unknown[]) {
  const report = slackReport(payloads, citations, [`@${USER}`]);
  expect(report.foreignLinks, 'live links or mentions the bot did not make').toEqual([]);
  expect(report.linkable, 'hostile hosts a client could still link').toEqual([]);
  return report;
}

describe('vendor names, echoed commands and buttons', () => {
  it('show hostile vendor names inert in step messages, status, lists, buttons, errors and echoes', async () => {
    const start = mark();
    // Typed names (escaped by Slack), and one link Slack itself formatted as a token.
    const names = [...HOSTILE_LINES.map(typed), '<https://evil.example/slack|https://docs.vendor.com/dpa>'];
    h.fake.failures.set('views.open', 'expired_trigger_id');
    for (const name of names) {
      const before = h.fake.of('chat.postMessage').length;
      await postForm(h.eventsUrl, slashCommand(`checklist ${name}`, h.responseUrl()));
      await eventually(() => expect(h.fake.of('chat.postMessage').length).toBeGreaterThan(before));
      h.fake.failures.set('views.open', 'expired_trigger_id');
    }
    h.fake.failures.delete('views.open');
    const listed = h.fake.responses.length;
    for (const command of ['status', 'checklist', 'checklist compare', `export ${typed('[x](https://evil.example/none)')} md`, typed('<https://evil.example/cmd|help>')]) {
      const before = h.fake.responses.length;
      await postForm(h.eventsUrl, slashCommand(command, h.responseUrl()));
      await eventually(() => expect(h.fake.responses.length).toBeGreaterThan(before));
    }
    const sent = sentSince(start);
    expectInert(sent);
    const shown = JSON.stringify(h.fake.responses.slice(listed));
    expect(shown).toMatch(DEFANGED);
    // The status buttons name the vendors, inert, as plain text.
    expect(shown).toMatch(/"type":"button"[^}]*"text":"Continue: Vendor checklist: [^"]*evil\[\.\]example/);
  });

  it('uploads an export with an inert comment and title for a hostile vendor name', async () => {
    const vendor = typed(HOSTILE_LINES[0]!);
    await postForm(h.eventsUrl, slashCommand(`checklist ${vendor}`, h.responseUrl()));
    await h.fake.waitFor('views.open', (c) => JSON.stringify(c.args).includes('ap.step'));
    const start = mark();
    await postForm(h.eventsUrl, slashCommand(`export ${vendor} md`, h.responseUrl()));
    const complete = await h.fake.waitFor('files.completeUploadExternal', (c) => String(c.args.initial_comment).includes('checklist'));
    expectInert(sentSince(start));
    expect(String(complete.args.initial_comment)).toMatch(DEFANGED);
    expect(JSON.stringify(complete.args.files)).toMatch(/docs\[\.\]vendor\[\.\]com/);
  });
});

describe('checklist answers', () => {
  it('echo typed answers inert in the thread, and summarise hostile notes inert when the checklist is done', async () => {
    const root = `${Date.now() / 1000}`;
    const start = mark();
    await postJson(h.eventsUrl, eventCallback(mention(`/ai-procurement checklist ${typed(`Thread ${HOSTILE_LINES[1]!}`)}`, { ts: root })));
    await h.fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === root && JSON.stringify(c.args.blocks).includes('ap.step.prompt'));
    const notes = typed(`${HOSTILE_LINES.join(' ')} ${HOSTILE_BLOCK.replace(/\n/g, ' ')}`).slice(0, 1900);
    for (let step = 1; step <= 12; step += 1) {
      const before = h.fake.of('chat.postMessage').filter((c) => c.args.thread_ts === root).length;
      await postJson(h.eventsUrl, eventCallback(mention(`concern: ${notes} https://evil.example/evidence`, { thread_ts: root })));
      await eventually(() => expect(h.fake.of('chat.postMessage').filter((c) => c.args.thread_ts === root).length).toBeGreaterThan(before));
    }
    const summary = await h.fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === root && JSON.stringify(c.args.blocks).includes('Concerns'));
    const thread = h.fake.of('chat.postMessage').filter((c) => c.args.thread_ts === root);
    expect(JSON.stringify(thread.map((c) => c.args.blocks))).toContain('Recorded U0ALICE');
    const report = expectInert(sentSince(start));
    expect(JSON.stringify(summary.args)).toMatch(DEFANGED);
    // The summary cites its cards: those links are the bot's own, and still live.
    expect(report.links.some((l) => citations.has(l))).toBe(true);
    expect(JSON.stringify(summary.args.blocks)).toMatch(/<https:\/\/[^|>]+\|[^>]+>/);
  });

  it('shows a modal answer echo and the validation error inert', async () => {
    const start = mark();
    await postForm(h.eventsUrl, slashCommand('checklist Modal Vendor', h.responseUrl()));
    const opened = await h.fake.waitFor('views.open', (c) => JSON.stringify(c.args).includes('ap.field.notes'));
    const view = opened.args.view as { callback_id: string; private_metadata: string; title: { text: string } };
    const res = await postInteraction(h.eventsUrl, {
      type: 'view_submission', team: { id: 'T0FAKE', domain: 'fake' }, user: { id: USER, username: 'alice', team_id: 'T0FAKE' }, api_app_id: 'A0FAKE', token: 't', trigger_id: 'trig',
      view: { id: 'V0INERT', type: 'modal', team_id: 'T0FAKE', callback_id: view.callback_id, private_metadata: view.private_metadata, title: { type: 'plain_text', text: view.title.text }, hash: 'h',
        state: { values: {
          'ap.step.input': { value: { type: 'radio_buttons', selected_option: { value: 'concern' } } },
          'ap.field.notes': { value: { type: 'plain_text_input', value: HOSTILE_BLOCK } },
          'ap.field.evidence': { value: { type: 'url_text_input', value: 'ftp://evil.example/dpa' } },
        } } },
    });
    const body = res.json();
    expect(JSON.stringify(body)).toMatch(/evidence/);
    expectInert([...sentSince(start), body]);
  });
});
