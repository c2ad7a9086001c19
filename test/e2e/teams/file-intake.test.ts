import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useTeamsHarness, type Harness } from './support/harness.ts';
import { TENANT, USER, cardAction, personalMessage } from './support/activities.ts';
import { buttonOf, cardOf, messages, textOf } from './support/cards.ts';

let h: Harness;
useTeamsHarness((x) => (h = x));

const here = { platform: 'teams', tenant: TENANT, channel: 'a:personal-conv-1' };
const doc = (name: string) => readFileSync(new URL(`../../../workflows/questionnaire/eval/documents/${name}`, import.meta.url));
const lastText = () => textOf(cardOf(messages(h.connector.calls).at(-1)!.body));

describe('vendor documents attached in a Teams personal chat', () => {
  it('downloads the attached file from its download URL, puts the proposals on the checklist as a draft, and Accept all records the reviewer', async () => {
    const file = h.connector.hostFile('t4-helix-security.pdf', doc('t4-helix-security.pdf'));
    const activity = personalMessage(h.connector.url, 'assess Helix', { attachments: [file] });
    expect((await h.post(activity)).status).toBe(200);
    expect(h.connector.downloads).toEqual([{ path: expect.stringMatching(/^\/files\/file-\d+\/t4-helix-security\.pdf$/), authorised: true }]);
    const text = lastText();
    expect(text).toMatch(/Proposed answers for Helix/);
    expect(text).toMatch(/Nothing counts as answered until someone here accepts it/);
    expect((await h.store.getChecklist(here, 'Helix'))?.answers).toEqual([]);
    expect((await h.store.getDraft(here, 'Helix'))?.answers).toHaveLength(12);

    const card = cardOf(messages(h.connector.calls).at(-1)!.body);
    const accept = buttonOf(card, /^Accept all$/);
    const replyTo = String(messages(h.connector.calls).at(-1)!.responseId);
    const res = await h.post(cardAction(h.connector.url, accept.verb!, accept.data!, replyTo));
    expect(res.status).toBe(200);
    const list = await h.store.getChecklist(here, 'Helix');
    expect(list?.answers).toHaveLength(12);
    expect(list?.answers.every((a) => a.answeredBy.id === USER.aadObjectId && a.review?.documents[0] === 't4-helix-security.pdf')).toBe(true);
  });

  it('a download that fails, or a type it does not read, gets a clear message and nothing is stored', async () => {
    const broken = { ...h.connector.hostFile('answers.xlsx', Buffer.from('x')) };
    (broken.content as { downloadUrl: string }).downloadUrl = (broken.content as { downloadUrl: string }).downloadUrl.replace(/\?.*$/, '');
    await h.post(personalMessage(h.connector.url, 'assess Murky AI', { attachments: [broken] }));
    expect(lastText()).toMatch(/answers\[\.\]xlsx could not be downloaded\. Share it again, or check that I have access to it\. Nothing was assessed or stored\./);
    const exe = h.connector.hostFile('setup.exe', Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00]));
    await h.post(personalMessage(h.connector.url, 'assess Murky AI', { attachments: [exe] }));
    expect(lastText()).toMatch(/is not a type I read\. Send DOCX, XLSX, PDF/);
    expect(await h.store.getDraft(here, 'Murky AI')).toBeUndefined();
    expect(await h.store.getChecklist(here, 'Murky AI')).toBeUndefined();
  });
});
