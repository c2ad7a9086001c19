import { describe, expect, it } from 'vitest';
import { useTeamsHarness, type Harness } from './support/harness.ts';
import { TENANT, cardAction, channelMention, personalMessage } from './support/activities.ts';
import { FILE_CONSENT, FILE_INFO, ADAPTIVE_CARD, answerFor, buttonOf, cardOf, hasInputs, invokeCard, messages, stepOf, textOf, type Attachment, type Card, type InvokeBody } from './support/cards.ts';
import { createDownloadToken, verifyDownloadToken } from '../../../adapters/teams/files/download-token.ts';

let h: Harness | undefined;
const teams = useTeamsHarness();

const SECRET = 'test-download-secret-not-real';

function attachmentsOf(contentType: string): Attachment[] {
  return h!.connector
    .activities()
    .flatMap((c) => (c.body.attachments as Attachment[] | undefined) ?? [])
    .filter((a) => a.contentType === contentType);
}

type Conversation = 'personal' | 'channel';
const send = (text: string, conversation: Conversation) =>
  conversation === 'personal' ? personalMessage(h!.connector.url, text) : channelMention(h!.connector.url, text);

/**
 * Starts the Acme checklist and answers its first question from the card: a red flag with a note, so the
 * export has a recorded answer to carry. Returns that question's prompt.
 */
async function answerFirstQuestion(conversation: Conversation): Promise<string> {
  await h!.post(send('checklist Acme', conversation));
  const msg = messages(h!.connector.calls).at(-1)!;
  const card = cardOf(msg.body);
  const step = stepOf(card);
  const prompt = String(card.body.find((e) => e.weight === 'Bolder')?.text ?? '').replace(/^Q\d+\.\s*/, '');
  const res = await h!.post(cardAction(h!.connector.url, 'step', { ...step.data, answer: 'red-flag', notes: 'trains on prompts by default' }, msg.responseId!, conversation));
  expect(textOf(invokeCard(res.body))).toContain('step 2 of 12');
  return prompt;
}

function consentInvoke(action: 'accept' | 'decline', context: unknown, uploadName: string): Record<string, unknown> {
  return {
    ...personalMessage(h!.connector.url, ''),
    type: 'invoke',
    name: 'fileConsent/invoke',
    text: undefined,
    replyToId: 'consent-card-1',
    value: {
      type: 'fileUpload',
      action,
      context,
      uploadInfo:
        action === 'accept'
          ? {
              name: uploadName,
              uploadUrl: `${h!.connector.url}upload/${uploadName}`,
              contentUrl: `https://contoso-my.sharepoint.com/personal/dana/Documents/Applications/ai-procurement/${uploadName}`,
              uniqueId: 'FFFFFFFF-0000-1111-2222-333333333333',
              fileType: 'md',
            }
          : undefined,
    },
  };
}

describe('Teams exports of the real checklist', () => {
  it('personal chat: file consent card, accept uploads the real Markdown to the given URL, then a file info card', async () => {
    h = await teams.start();
    const question = await answerFirstQuestion('personal');
    expect(question).toMatch(/\?$/);
    await h.post(personalMessage(h.connector.url, 'export Acme md'));
    const [consent] = attachmentsOf(FILE_CONSENT);
    expect(consent?.name).toMatch(/^acme.*\.md$/);
    const name = consent!.name!;

    const res = await h.post(consentInvoke('accept', consent!.content.acceptContext, name));
    expect(res.status).toBe(200);
    const upload = h.connector.calls.find((c) => c.method === 'PUT' && c.path.startsWith('/upload/'))!;
    const markdown = upload.raw.toString('utf8');
    expect(markdown).toMatch(/^# Vendor checklist: Acme\n/);
    expect(markdown).toContain(question);
    expect(markdown).toContain('trains on prompts by default');
    expect(markdown).toContain('Dana Buyer');
    expect(upload.raw.length).toBe(consent!.content.sizeInBytes);
    expect(upload.headers['content-range']).toBe(`bytes 0-${upload.raw.length - 1}/${upload.raw.length}`);
    const [info] = attachmentsOf(FILE_INFO);
    expect(info).toMatchObject({ name, content: { uniqueId: 'FFFFFFFF-0000-1111-2222-333333333333', fileType: 'md' } });

    // The file was handed over: accepting the same card again finds nothing to upload.
    h.connector.reset();
    await h.post(consentInvoke('accept', consent!.content.acceptContext, name));
    expect(h.connector.calls.some((c) => c.path.startsWith('/upload/'))).toBe(false);
    expect(String(h.connector.activities()[0]?.body.text)).toContain('expired');
  });

  it('personal chat: decline gets a polite message and nothing is uploaded', async () => {
    h = await teams.start();
    await answerFirstQuestion('personal');
    await h.post(personalMessage(h.connector.url, 'export Acme md'));
    const [consent] = attachmentsOf(FILE_CONSENT);
    h.connector.reset();
    const res = await h.post(consentInvoke('decline', consent!.content.declineContext, consent!.name!));
    expect(res.status).toBe(200);
    expect(h.connector.calls.some((c) => c.path.startsWith('/upload/'))).toBe(false);
    expect(String(h.connector.activities()[0]?.body.text)).toContain(`No problem: I did not save "${consent!.name!}"`);
  });

  it('channel: a signed, expiring download link that serves the real file; tampered, expired or other-tenant links get 404', async () => {
    h = await teams.start();
    const question = await answerFirstQuestion('channel');
    await h.post(channelMention(h.connector.url, 'export Acme md'));
    expect(attachmentsOf(FILE_CONSENT)).toHaveLength(0);
    const card = cardOf(messages(h.connector.calls).at(-1)!.body);
    const open = card.actions!.find((a) => a.type === 'Action.OpenUrl')!;
    expect(open.title).toMatch(/^Download acme.*\.md$/);
    expect(open.url!.startsWith('https://bot.example.test/downloads/')).toBe(true);
    expect(textOf(card)).toContain('expires in 60 minutes');

    // Fetch it from the real server (PUBLIC_BASE_URL names the public origin, so swap it for the loopback one).
    const path = new URL(open.url!).pathname;
    const ok = await fetch(`${h.baseUrl}${path}`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-disposition')).toContain(open.title.slice('Download '.length));
    const markdown = await ok.text();
    expect(markdown).toMatch(/^# Vendor checklist: Acme\n/);
    expect(markdown).toContain(question);

    const token = path.slice('/downloads/'.length);
    const grant = verifyDownloadToken(token, SECRET)!;
    expect(grant.tenant).toBe(TENANT);
    const tampered = token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA');
    const expired = createDownloadToken({ ...grant, expiresAt: Date.now() - 1000 }, SECRET);
    const otherTenant = createDownloadToken({ ...grant, tenant: 'tenant-bbbb-0002' }, SECRET);
    const wrongKey = createDownloadToken(grant, 'some-other-secret');
    for (const bad of [tampered, expired, otherTenant, wrongKey, 'garbage', '']) {
      const res = await fetch(`${h.baseUrl}/downloads/${bad}`);
      expect(res.status, bad).toBe(404);
    }
  });

  it('the Export button on the decision\'s recommendation card posts the download as a new message and leaves the card in place', async () => {
    h = await teams.start();
    await h.post(channelMention(h.connector.url, 'decide'));
    const started = messages(h.connector.calls).at(-1)!;
    let card: Card = cardOf(started.body);
    for (let i = 0; i < 20 && hasInputs(card); i++) {
      const step = stepOf(card);
      const res = await h.post(cardAction(h.connector.url, 'step', { ...step.data, answer: answerFor(step) }, started.responseId!, 'channel'));
      card = invokeCard(res.body);
    }
    const exportMd = buttonOf(card, /^Export Markdown$/);
    const putsBefore = h.connector.calls.filter((c) => c.method === 'PUT').length;
    const res = await h.post(cardAction(h.connector.url, exportMd.verb!, exportMd.data!, started.responseId!, 'channel'));
    expect(res.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.activity.message' });
    expect((res.body as InvokeBody).value).toBe('Posted below.');
    expect(h.connector.calls.filter((c) => c.method === 'PUT')).toHaveLength(putsBefore);
    const posted = cardOf(messages(h.connector.calls).at(-1)!.body);
    const open = posted.actions!.find((a) => a.type === 'Action.OpenUrl')!;
    const file = await fetch(`${h.baseUrl}${new URL(open.url!).pathname}`);
    expect(file.status).toBe(200);
    expect(await file.text()).toMatch(/Recommendation/);
  });

  it('channel without PUBLIC_BASE_URL: says what to do instead of failing silently', async () => {
    h = await teams.start({ env: { PUBLIC_BASE_URL: '' } });
    await answerFirstQuestion('channel');
    await h.post(channelMention(h.connector.url, 'export Acme md'));
    const cards = attachmentsOf(ADAPTIVE_CARD);
    expect(JSON.stringify(cards.at(-1)!.content)).toContain('PUBLIC_BASE_URL');
    expect(h.logs.messages()).toContain('PUBLIC_BASE_URL is not set: exports in Teams channels cannot be linked (personal chats still work)');
  });
});
