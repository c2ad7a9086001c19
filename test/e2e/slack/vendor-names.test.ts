import { describe, expect, it } from 'vitest';
import { eventually, useHarness, type Harness } from './support/harness.ts';
import type { ApiCall } from './support/fake-slack.ts';
import { CHANNEL, TEAM, blockAction, slashCommand, viewSubmission } from './support/payloads.ts';
import { postForm, postInteraction } from './support/signing.ts';

/**
 * Issue 12: a vendor name with spaces, one whose last word is a question id ("Great Exit", "Data Use Ltd") and a
 * quoted one stay whole on every path: the typed command, a button (its value is a typed action as JSON, never a
 * command string) and the export.
 */
let h: Harness;
useHarness((x) => (h = x));

type Button = { action_id: string; value: string; text: { text: string } };
type Block = { type: string; elements?: Button[] };
const here = { platform: 'slack', tenant: TEAM, channel: CHANNEL };
const buttonsOf = (c: ApiCall) => ((c.args.blocks ?? []) as Block[]).flatMap((b) => (b.type === 'actions' ? (b.elements ?? []) : []));
const runsFor = async (vendor: string, where = here) => (await h.app.store!.listRuns(where, { kind: 'checklist' })).filter((r) => r.subject === vendor && r.channel === where.channel);
// The button flows run in a channel of their own, so the typed-command tests' runs do not interfere.
const BUTTONS = 'C0BUTTONS';
const buttonsHere = { ...here, channel: BUTTONS };

async function exportedText(command: string): Promise<{ comment: string; name: string; text: string }> {
  const before = h.fake.of('files.completeUploadExternal').length;
  await postForm(h.eventsUrl, slashCommand(command, h.responseUrl()));
  const complete = await h.fake.waitFor('files.completeUploadExternal', () => h.fake.of('files.completeUploadExternal').length > before);
  const id = (complete.args.files as { id: string }[])[0]!.id;
  const getUrl = h.fake.of('files.getUploadURLExternal').find((c) => c.result?.file_id === id)!;
  return { comment: String(complete.args.initial_comment), name: String(getUrl.args.filename), text: h.fake.uploads.find((u) => u.fileId === id)!.bytes.toString('utf8') };
}

describe('typed commands keep a vendor name whole', () => {
  it.each([
    ['checklist Great Exit', 'Great Exit', 'data-use'],
    ['checklist Data Use Ltd', 'Data Use Ltd', 'data-use'],
    ['checklist "Acme AI"', 'Acme AI', 'data-use'],
    ['checklist “Smart Quotes Co”', 'Smart Quotes Co', 'data-use'],
    ['checklist "Great Exit" exit', 'Great Exit', 'exit'],
    ['checklist Data Use Ltd --question exit', 'Data Use Ltd', 'exit'],
  ])('%s starts the checklist for "%s" at %s', async (command, vendor, step) => {
    await postForm(h.eventsUrl, slashCommand(command, h.responseUrl()));
    const [run] = await eventually(async () => {
      const runs = await runsFor(vendor);
      expect(runs).toHaveLength(1);
      return runs;
    });
    expect(run?.currentStep).toBe(step);
    // The old guess made a vendor of the first words and jumped to the last one.
    for (const wrong of ['Great', 'Data Use', 'Data', '"Acme AI"', 'Great Exit exit']) expect(await h.app.store!.getChecklist(here, wrong)).toBeUndefined();
  });

  it('exports by the whole name, quoted or not, and refuses a quoted name followed by a word that is no format', async () => {
    const plain = await exportedText('export Great Exit md');
    expect(plain.name).toMatch(/\.md$/);
    expect(plain.comment).toContain('Great Exit checklist');
    expect(plain.text).toContain('Great Exit');
    const quoted = await exportedText('export "Data Use Ltd" csv');
    expect(quoted.name).toMatch(/\.csv$/);
    expect(quoted.text).toContain('Data Use Ltd');
    const before = h.fake.responses.length;
    await postForm(h.eventsUrl, slashCommand('export "Acme AI" banana', h.responseUrl()));
    await eventually(() => expect(h.fake.responses.length).toBeGreaterThan(before));
    expect(JSON.stringify(h.fake.responses.slice(before))).toMatch(/banana.{0,20} is not a format here: use docx\|pdf\|md\|csv/);
  });

  it('the vendor modal carries the name whole as a typed action', async () => {
    const values = { 'ap.vendor.input': { vendor: { type: 'plain_text_input', value: 'Great Exit Partners' } } };
    const view = { callback_id: 'ap.vendor', private_metadata: JSON.stringify({ team: TEAM, channel: CHANNEL }), title: { type: 'plain_text', text: 'Vendor checklist' } };
    await postInteraction(h.eventsUrl, viewSubmission(view, values));
    const [run] = await eventually(async () => {
      const runs = await runsFor('Great Exit Partners');
      expect(runs).toHaveLength(1);
      return runs;
    });
    expect(run?.currentStep).toBe('data-use');
  });
});

describe('buttons carry a typed action, as JSON, and the name stays whole', () => {
  it.each(['Great Exit', 'Data Use Ltd', 'Acme AI'])('%s: finish at the last question, then export and continue from the buttons', async (vendor) => {
    h.fake.failures.set('views.open', 'expired_trigger_id');
    await postForm(h.eventsUrl, slashCommand(`checklist "${vendor}" exit`, h.responseUrl(), { channel: BUTTONS }));
    const step = await h.fake.waitFor('chat.postMessage', (c) => JSON.stringify(c.args.blocks).includes('ap.step.prompt') && JSON.stringify(c.args.blocks).includes(vendor));
    const option = buttonsOf(step).find((b) => b.text.text === 'Satisfactory')!;
    const message = { type: 'message', ts: String(step.result?.ts), text: String(step.args.text), blocks: step.args.blocks };
    await postInteraction(h.eventsUrl, blockAction({ action_id: option.action_id, value: option.value, text: 'Satisfactory' }, { responseUrl: h.responseUrl(), message, channel: BUTTONS }));

    // The finished run's summary: every button's value is the JSON of a typed action naming the vendor or the run.
    const summary = await h.fake.waitFor('chat.postMessage', (c) => JSON.stringify(c.args.blocks).includes('Answer the open questions') && JSON.stringify(c.args.blocks).includes(vendor));
    const buttons = buttonsOf(summary);
    const parsed = buttons.map((b) => ({ label: b.text.text, id: b.action_id, value: JSON.parse(b.value) as Record<string, unknown> }));
    const exportMd = parsed.find((b) => b.label === 'Export Markdown')!;
    expect(exportMd.id).toMatch(/^ap\.choice\.\d+\.workflow\.run$/);
    expect(exportMd.value).toEqual({ workflow: 'checklist', action: 'export', runId: expect.any(String), format: 'md' });
    const more = parsed.find((b) => b.label === 'Answer the open questions')!;
    expect(more.value).toEqual({ workflow: 'checklist', action: 'start', vendor });

    const uploads = h.fake.of('files.completeUploadExternal').length;
    const md = buttons.find((b) => b.text.text === 'Export Markdown')!;
    await postInteraction(h.eventsUrl, blockAction({ action_id: md.action_id, value: md.value, text: md.text.text }, { responseUrl: h.responseUrl(), channel: BUTTONS }));
    const complete = await h.fake.waitFor('files.completeUploadExternal', () => h.fake.of('files.completeUploadExternal').length > uploads);
    expect(String(complete.args.initial_comment)).toContain(`${vendor} checklist`);

    const again = buttons.find((b) => b.text.text === 'Answer the open questions')!;
    const opened = h.fake.of('views.open').length;
    await postInteraction(h.eventsUrl, blockAction({ action_id: again.action_id, value: again.value, text: again.text.text }, { responseUrl: h.responseUrl(), channel: BUTTONS }));
    await eventually(async () => {
      const active = (await runsFor(vendor, buttonsHere)).filter((r) => r.status === 'active');
      expect(active.map((r) => r.currentStep)).toEqual(['data-use']);
    });
    expect(await h.app.store!.getChecklist(buttonsHere, vendor)).toMatchObject({ vendor });
    // The continued checklist opens as a modal; wait for it so the next case's expired trigger is its own.
    const modal = await h.fake.waitFor('views.open', () => h.fake.of('views.open').length > opened);
    expect(modal.args.view).toMatchObject({ callback_id: 'ap.step' });
  });

  it('a forged button value that is no typed action gets a polite message and does nothing', async () => {
    const runs = (await h.app.store!.listRuns(here)).length;
    const before = h.fake.responses.length;
    await postInteraction(h.eventsUrl, blockAction({ action_id: 'ap.choice.0.workflow.run', value: 'export Acme AI pdf' }, { responseUrl: h.responseUrl() }));
    await eventually(() => expect(h.fake.responses.length).toBeGreaterThan(before));
    expect(JSON.stringify(h.fake.responses.slice(before))).toMatch(/did not say what to do/);
    expect((await h.app.store!.listRuns(here)).length).toBe(runs);
  });
});
