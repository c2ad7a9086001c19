import { afterEach, describe, expect, it } from 'vitest';
import { cardAction, channelMention, personalMessage, startHarness, type Harness, TENANT } from './harness.ts';
import { DOCX_BYTES, ScriptedWorkflows } from './scripted.ts';
import { createDownloadToken, verifyDownloadToken } from '../../../adapters/teams/files/download-token.ts';

type Attachment = { contentType: string; name?: string; contentUrl?: string; content: Record<string, unknown> };

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

function attachmentsOf(h: Harness, contentType: string): Attachment[] {
  return h.connector
    .activities()
    .flatMap((c) => (c.body.attachments as Attachment[] | undefined) ?? [])
    .filter((a) => a.contentType === contentType);
}

function consentInvoke(h: Harness, action: 'accept' | 'decline', context: unknown, uploadName = 'acme-ai-checklist.docx'): Record<string, unknown> {
  return {
    ...personalMessage(h.connector.url, ''),
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
              uploadUrl: `${h.connector.url}upload/${uploadName}`,
              contentUrl: 'https://contoso-my.sharepoint.com/personal/dana/Documents/Applications/ai-procurement/acme-ai-checklist.docx',
              uniqueId: 'FFFFFFFF-0000-1111-2222-333333333333',
              fileType: 'docx',
            }
          : undefined,
    },
  };
}

describe('Teams exports', () => {
  it('personal chat: file consent card, accept uploads the bytes to the given URL, then a file info card', async () => {
    h = await startHarness({ workflows: new ScriptedWorkflows() });
    await h.post(personalMessage(h.connector.url, 'export Acme AI docx'));
    const [consent] = attachmentsOf(h, 'application/vnd.microsoft.teams.card.file.consent');
    expect(consent?.name).toBe('acme-ai-checklist.docx');
    expect(consent?.content.sizeInBytes).toBe(DOCX_BYTES.length);

    const res = await h.post(consentInvoke(h, 'accept', consent!.content.acceptContext));
    expect(res.status).toBe(200);
    const upload = h.connector.calls.find((c) => c.method === 'PUT' && c.path.startsWith('/upload/'));
    expect(upload?.raw.equals(DOCX_BYTES)).toBe(true);
    expect(upload?.headers['content-range']).toBe(`bytes 0-${DOCX_BYTES.length - 1}/${DOCX_BYTES.length}`);
    const [info] = attachmentsOf(h, 'application/vnd.microsoft.teams.card.file.info');
    expect(info).toMatchObject({ name: 'acme-ai-checklist.docx', content: { uniqueId: 'FFFFFFFF-0000-1111-2222-333333333333', fileType: 'docx' } });

    // The file was handed over: accepting the same card again finds nothing to upload.
    h.connector.reset();
    await h.post(consentInvoke(h, 'accept', consent!.content.acceptContext));
    expect(h.connector.calls.some((c) => c.path.startsWith('/upload/'))).toBe(false);
    expect(String(h.connector.activities()[0]?.body.text)).toContain('expired');
  });

  it('personal chat: decline gets a polite message and nothing is uploaded', async () => {
    h = await startHarness({ workflows: new ScriptedWorkflows() });
    await h.post(personalMessage(h.connector.url, 'export Acme AI docx'));
    const [consent] = attachmentsOf(h, 'application/vnd.microsoft.teams.card.file.consent');
    h.connector.reset();
    const res = await h.post(consentInvoke(h, 'decline', consent!.content.declineContext));
    expect(res.status).toBe(200);
    expect(h.connector.calls.some((c) => c.path.startsWith('/upload/'))).toBe(false);
    expect(String(h.connector.activities()[0]?.body.text)).toMatch(/No problem: I did not save "acme-ai-checklist.docx"/);
  });

  it('channel: a signed, expiring download link served by the bot; tampered, expired or other-tenant links get 404', async () => {
    h = await startHarness({ workflows: new ScriptedWorkflows() });
    await h.post(channelMention(h.connector.url, 'export Acme AI docx'));
    expect(attachmentsOf(h, 'application/vnd.microsoft.teams.card.file.consent')).toHaveLength(0);
    const [card] = attachmentsOf(h, 'application/vnd.microsoft.card.adaptive');
    const open = (card!.content.actions as { type: string; url: string; title: string }[]).find((a) => a.type === 'Action.OpenUrl')!;
    expect(open.title).toBe('Download acme-ai-checklist.docx');
    expect(open.url.startsWith('https://bot.example.test/downloads/')).toBe(true);
    expect(JSON.stringify(card!.content)).toContain('expires in 60 minutes');

    // Fetch it from the real server (PUBLIC_BASE_URL points elsewhere in this test, so swap the origin).
    const path = new URL(open.url).pathname;
    const ok = await fetch(`${h.baseUrl}${path}`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-disposition')).toContain('acme-ai-checklist.docx');
    expect(Buffer.from(await ok.arrayBuffer()).equals(DOCX_BYTES)).toBe(true);

    const token = path.slice('/downloads/'.length);
    const secret = 'test-download-secret-not-real';
    const grant = verifyDownloadToken(token, secret)!;
    expect(grant.tenant).toBe(TENANT);
    const tampered = token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA');
    const expired = createDownloadToken({ ...grant, expiresAt: Date.now() - 1000 }, secret);
    const otherTenant = createDownloadToken({ ...grant, tenant: 'tenant-bbbb-0002' }, secret);
    const wrongKey = createDownloadToken(grant, 'some-other-secret');
    for (const bad of [tampered, expired, otherTenant, wrongKey, 'garbage', '']) {
      const res = await fetch(`${h.baseUrl}/downloads/${bad}`);
      expect(res.status, bad).toBe(404);
    }
  });

  it('an export button on a summary card posts the download as a new message and leaves the summary in place', async () => {
    h = await startHarness({ workflows: new ScriptedWorkflows() });
    const res = await h.post(cardAction(h.connector.url, 'choice', { action: 'workflow.export', value: 'run-1|docx' }, 'summary-card', 'channel'));
    expect(res.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.activity.message' });
    expect(h.connector.calls.filter((c) => c.method === 'PUT')).toHaveLength(0);
    const [card] = attachmentsOf(h, 'application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(card!.content)).toContain('Download acme-ai-checklist.docx');
  });

  it('channel without PUBLIC_BASE_URL: says what to do instead of failing silently', async () => {
    h = await startHarness({ workflows: new ScriptedWorkflows(), env: { PUBLIC_BASE_URL: '' } });
    await h.post(channelMention(h.connector.url, 'export Acme AI docx'));
    const [card] = attachmentsOf(h, 'application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(card!.content)).toContain('PUBLIC_BASE_URL');
    expect(h.logs.messages()).toContain('PUBLIC_BASE_URL is not set: exports in Teams channels cannot be linked (personal chats still work)');
  });
});
