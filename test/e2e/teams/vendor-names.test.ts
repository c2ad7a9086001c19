import { describe, expect, it } from 'vitest';
import { useTeamsHarness, type Harness } from './support/harness.ts';
import { TENANT, cardAction, personalMessage } from './support/activities.ts';
import { FILE_CONSENT, buttonOf, cardOf, invokeCard, messages, stepOf, textOf, type Attachment } from './support/cards.ts';

/**
 * Issue 12 on Teams: "Great Exit", "Data Use Ltd" and a quoted "Acme AI" stay whole through the typed command,
 * the card buttons (their data hold a typed action, never a command string) and the export, through the real
 * CloudAdapter.
 */
let h: Harness | undefined;
const teams = useTeamsHarness();

const here = { platform: 'teams', tenant: TENANT, channel: 'a:personal-conv-1' };
const consentNames = () =>
  h!.connector
    .activities()
    .flatMap((c) => (c.body.attachments as Attachment[] | undefined) ?? [])
    .filter((a) => a.contentType === FILE_CONSENT)
    .map((a) => String(a.name));

async function say(text: string) {
  const before = messages(h!.connector.calls).length;
  await h!.post(personalMessage(h!.connector.url, text));
  return messages(h!.connector.calls).slice(before);
}

describe('vendor names with spaces, question ids and quotes on Teams', () => {
  it('typed commands start the whole name at the first question, or at the question named explicitly', async () => {
    h = await teams.start();
    await say('checklist Great Exit');
    await say('checklist Data Use Ltd');
    await say('checklist "Acme AI" exit');
    const runs = await h.store.listRuns(here, { kind: 'checklist' });
    expect(Object.fromEntries(runs.map((r) => [r.subject, r.currentStep]))).toEqual({ 'Great Exit': 'data-use', 'Data Use Ltd': 'data-use', 'Acme AI': 'exit' });
    for (const wrong of ['Great', 'Data Use', '"Acme AI"']) expect(await h.store.getChecklist(here, wrong)).toBeUndefined();

    await say('export Great Exit md');
    await say('export "Data Use Ltd" csv');
    expect(consentNames()).toEqual([expect.stringMatching(/^great-exit.*\.md$/), expect.stringMatching(/^data-use-ltd.*\.csv$/)]);
  });

  it.each(['Great Exit', 'Data Use Ltd', 'Acme AI'])('%s: the finished checklist card exports and continues from typed button data', async (vendor) => {
    h = await teams.start();
    const [started] = await say(`checklist "${vendor}" exit`);
    const card = cardOf(started!.body);
    const res = await h.post(cardAction(h.connector.url, 'step', { ...stepOf(card).data, answer: 'satisfactory' }, started!.responseId!));
    const summary = invokeCard(res.body);
    expect(textOf(summary)).toContain(vendor);

    const exportMd = buttonOf(summary, /^Export Markdown$/).data!;
    expect(exportMd).toMatchObject({ action: 'workflow.run', value: { workflow: 'checklist', action: 'export', runId: expect.any(String), format: 'md' } });
    const more = buttonOf(summary, /^Answer the open questions$/).data!;
    expect(more).toMatchObject({ action: 'workflow.run', value: { workflow: 'checklist', action: 'start', vendor } });

    await h.post(cardAction(h.connector.url, 'choice', exportMd, started!.responseId!));
    const slug = vendor.toLowerCase().replace(/\s+/g, '-');
    expect(consentNames()).toEqual([expect.stringMatching(new RegExp(`^${slug}.*\\.md$`))]);

    await h.post(cardAction(h.connector.url, 'choice', more, started!.responseId!));
    const active = (await h.store.listRuns(here, { kind: 'checklist', status: 'active' })).filter((r) => r.subject === vendor);
    expect(active.map((r) => r.currentStep)).toEqual(['data-use']);
  });
});
