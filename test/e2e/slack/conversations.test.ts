import { beforeAll, describe, expect, it } from 'vitest';
import { eventually, settle, useHarness, type Harness } from './support/harness.ts';
import type { ApiCall } from './support/fake-slack.ts';
import { TEAM, blockAction, nextTs, slashCommand, viewSubmission } from './support/payloads.ts';
import { postForm, postInteraction } from './support/signing.ts';

/**
 * Issue 10 item 7 through the real Bolt receiver with signed requests: a checklist started in a private channel
 * is invisible from a public channel and from a DM of the same workspace, and buttons carrying its run id are
 * refused there, politely, without changing anything.
 */
let h: Harness;
useHarness((x) => (h = x));

const PRIVATE = { id: 'G0BOARD', name: 'privategroup' };
const PUBLIC = { id: 'C0GENERAL', name: 'general' };
const DM = { id: 'D0ALICE', name: 'directmessage' };
const FORBIDDEN = 'That belongs to another workspace or conversation, so I cannot open it.';
const conv = (c: { id: string }) => ({ platform: 'slack', tenant: TEAM, channel: c.id });
type Button = { action_id: string; value: string; text: { text: string } };
/** A rendered button as the block_actions payload carries it back. */
const pressed = (b: Button) => ({ action_id: b.action_id, value: b.value, text: b.text.text });
type View = { callback_id: string; private_metadata: string; title: { text: string }; blocks: unknown[] };

/** Runs a slash command in a conversation and returns what the app posted to that command's response_url, if anything. */
async function command(text: string, where: { id: string; name: string }, expectResponse = true): Promise<Record<string, unknown> | undefined> {
  const responseUrl = h.responseUrl();
  const res = await postForm(h.eventsUrl, { ...slashCommand(text, responseUrl, { channel: where.id }), channel_name: where.name });
  expect(res.status).toBe(200);
  if (!expectResponse) return undefined;
  const path = new URL(responseUrl).pathname;
  return eventually(() => {
    const found = h.fake.responses.find((r) => r.path === path);
    if (!found) throw new Error(`no response for "${text}"`);
    return found.body;
  });
}

/** Presses a button on a message in a conversation; returns the response_url path the app may answer on. */
async function press(button: { action_id: string; value: string; text?: string }, where: { id: string }, blocks: unknown[] = []): Promise<string> {
  const responseUrl = h.responseUrl();
  const message = { type: 'message', ts: nextTs(), text: 'a step', blocks };
  const res = await postInteraction(h.eventsUrl, blockAction(button, { responseUrl, message, channel: where.id }));
  expect(res.status).toBe(200);
  return new URL(responseUrl).pathname;
}

const responseText = (path: string) =>
  eventually(() => {
    const found = h.fake.responses.find((r) => r.path === path);
    if (!found) throw new Error(`no response on ${path}`);
    return String(found.body.text);
  });

const submitStep = (view: View, status: string, notes: string) =>
  postInteraction(h.eventsUrl, viewSubmission({ callback_id: view.callback_id, private_metadata: view.private_metadata, title: { type: 'plain_text', text: view.title.text } }, {
    'ap.step.input': { value: { type: 'radio_buttons', selected_option: { value: status } } },
    'ap.field.notes': { value: { type: 'plain_text_input', value: notes } },
  }));

/** The n-th call of a method (0-based), once it has happened. */
const nthCall = (method: string, n: number): Promise<ApiCall> => h.fake.waitFor(method, (c) => h.fake.of(method).indexOf(c) === n);

const openedModal = async (before: number): Promise<View> => (await nthCall('views.open', before)).args.view as View;

let hushRun: string;
let stepBlocks: unknown[];
let buttons: Button[];

beforeAll(async () => {
  // Started in the private channel; the step lands in the channel (the modal trigger expired) with its buttons.
  h.fake.failures.set('views.open', 'expired_trigger_id');
  await command('checklist Hush AI', PRIVATE, false);
  const post = await h.fake.waitFor('chat.postMessage', (c) => c.args.channel === PRIVATE.id && JSON.stringify(c.args.blocks).includes('ap.step.prompt'));
  stepBlocks = post.args.blocks as unknown[];
  buttons = (stepBlocks as { elements?: Button[] }[]).flatMap((b) => b.elements ?? []);
  const withNotes = buttons.find((b) => b.text.text === 'Answer with notes…')!;
  hushRun = (JSON.parse(withNotes.value) as { r: string }).r;
  // Someone in the private channel answers with a confidential note through the step's modal.
  const before = h.fake.of('views.open').length;
  await press(pressed(withNotes), PRIVATE, stepBlocks);
  const res = await submitStep(await openedModal(before), 'red-flag', 'board only: acquisition plans');
  expect((res.json() as { response_action: string }).response_action).toBe('update');
  const list = await h.app.store!.getChecklist(conv(PRIVATE), 'Hush AI');
  expect(list?.answers).toEqual([expect.objectContaining({ status: 'red-flag', notes: 'board only: acquisition plans' })]);
});

describe('status, export and checklist in a public channel and a DM', () => {
  it('show nothing of the private channel\'s checklist, which the private channel itself still sees', async () => {
    const own = await command('status', PRIVATE);
    expect(JSON.stringify(own)).toContain('Hush AI: 1 of 12 answered, 1 red flag');
    const uploads = h.fake.of('files.getUploadURLExternal').length;
    for (const where of [PUBLIC, DM]) {
      const status = await command('status', where);
      expect(status?.response_type).toBe('ephemeral');
      expect(JSON.stringify(status)).not.toMatch(/Hush|acquisition/);
      expect(String((await command('checklist', where))?.text)).toMatch(/No vendor checklist yet/);
      expect(String((await command('export Hush AI md', where))?.text)).toBe('I could not find a checklist for "Hush AI" in this conversation (start one with `/ai-procurement checklist Hush AI`).');
      expect(String((await command('export compare csv', where))?.text)).toMatch(/^I could not find any vendor checklist in this conversation/);
    }
    expect(h.fake.of('files.getUploadURLExternal')).toHaveLength(uploads);
  });
});

describe('replayed and forged buttons carrying the private run id', () => {
  it('are refused politely in a public channel and a DM, and change nothing', async () => {
    const store = h.app.store!;
    const before = { run: await store.getRun(conv(PRIVATE), hushRun), list: await store.getChecklist(conv(PRIVATE), 'Hush AI') };
    const option = buttons.find((b) => b.text.text === 'Satisfactory')!;
    const forged = [
      { action_id: option.action_id, value: option.value, text: 'Satisfactory' },
      { action_id: 'ap.choice.0.workflow.resume', value: hushRun },
      { action_id: 'ap.choice.0.workflow.cancel', value: hushRun },
      { action_id: 'ap.choice.0.workflow.export', value: `${hushRun}|md` },
    ];
    for (const where of [PUBLIC, DM]) {
      for (const button of forged) {
        const path = await press(button, where, stepBlocks);
        expect(await responseText(path), `${button.action_id} in ${where.id}`).toBe(FORBIDDEN);
      }
      // The step's modal, opened from a replayed "Answer with notes…" button here, cannot answer it either.
      const opened = h.fake.of('views.open').length;
      await press(pressed(buttons.find((b) => b.text.text === 'Answer with notes…')!), where, stepBlocks);
      const res = await submitStep(await openedModal(opened), 'satisfactory', 'overwritten');
      expect(res.json()).toEqual({ response_action: 'errors', errors: { 'ap.step.input': FORBIDDEN } });
    }
    await settle(100);
    expect(await store.getRun(conv(PRIVATE), hushRun)).toEqual(before.run);
    expect(await store.getChecklist(conv(PRIVATE), 'Hush AI')).toEqual(before.list);
    // Nothing was posted, updated or uploaded outside the private channel.
    const outside = h.fake.calls.filter((c) => ['chat.postMessage', 'chat.update', 'files.completeUploadExternal'].includes(c.method) && [PUBLIC.id, DM.id].includes(String(c.args.channel ?? c.args.channel_id)));
    expect(outside).toEqual([]);
  });
});

describe('the same vendor started in the public channel', () => {
  it('is a separate checklist: it starts at question 1 with no earlier answer, and each export holds only its own notes', async () => {
    const opened = h.fake.of('views.open').length;
    await command('checklist Hush AI', PUBLIC, false);
    const view = await openedModal(opened);
    const meta = JSON.parse(view.private_metadata) as { r: string; s: string; channel: string };
    expect(meta).toMatchObject({ s: 'data-use', channel: PUBLIC.id });
    expect(meta.r).not.toBe(hushRun);
    expect(JSON.stringify(view.blocks)).not.toMatch(/answered before|acquisition/);
    await submitStep(view, 'satisfactory', 'public view');
    expect((await h.app.store!.getChecklist(conv(PUBLIC), 'Hush AI'))?.answers.map((a) => [a.status, a.notes])).toEqual([['satisfactory', 'public view']]);
    expect((await h.app.store!.getChecklist(conv(PRIVATE), 'Hush AI'))?.answers.map((a) => [a.status, a.notes])).toEqual([['red-flag', 'board only: acquisition plans']]);

    const exported = async (where: { id: string; name: string }) => {
      const before = h.fake.of('files.completeUploadExternal').length;
      await command('export Hush AI md', where, false);
      const done = await nthCall('files.completeUploadExternal', before);
      expect(done.args.channel_id).toBe(where.id);
      const fileId = (done.args.files as { id: string }[])[0]!.id;
      return h.fake.uploads.find((u) => u.fileId === fileId)!.bytes.toString('utf8');
    };
    const pub = await exported(PUBLIC);
    expect(pub).toContain('public view');
    expect(pub).not.toContain('acquisition');
    expect(await exported(PRIVATE)).toContain('board only: acquisition plans');
  });
});
