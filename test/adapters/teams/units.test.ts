import { describe, expect, it } from 'vitest';
import { parseTeamsText } from '../../../adapters/teams/commands.ts';
import { cardMarkdown, toCardMarkdown } from '../../../adapters/teams/render/markdown.ts';
import { bullets, citedText, code, command, createReply, numbered, paragraph, strong } from '../../../bot/reply-doc.ts';
import { aiAnswerActivity } from '../../../adapters/teams/render/ai-answer.ts';
import { untrusted } from '../../../workflows/inert/index.ts';
import { createDownloadToken, verifyDownloadToken } from '../../../adapters/teams/files/download-token.ts';
import { textWithoutBotMention, placeOf } from '../../../adapters/teams/turn.ts';

describe('Teams AI answer from the neutral document', () => {
  it('is message Markdown with [n] marks that match numbered citation entities, and no link the renderer did not build', () => {
    const citations = [{ n: 1, id: 'llama', title: 'Llama 4 licence', url: 'https://example.org/llama', snippet: 'Products must show "Built with Llama".' }];
    const reply = createReply({
      kind: 'answer',
      doc: [paragraph(strong('Short answer:'), ' ', ...citedText('Allowed with the notice [1]. See [docs](https://evil.example/x) <b>hi</b>', citations)), bullets([['then ', command('checklist', untrusted('Acme'))]])],
      citations,
    });
    const activity = aiAnswerActivity(reply);
    const text = String(activity.text);
    expect(text).toContain('**Short answer:** Allowed with the notice [1].');
    expect(text).toContain('- then **checklist Acme**');
    expect(text).not.toMatch(/\]\(/);
    expect(text).not.toContain('evil.example');
    expect(text).toContain('&lt;b&gt;');
    const entity = activity.entities![0] as { citation?: { position: number; appearance: { name: string; url?: string; abstract: string } }[] };
    expect(entity.citation).toEqual([{ '@type': 'Claim', position: 1, appearance: { '@type': 'DigitalDocument', name: 'Llama 4 licence', abstract: 'Products must show "Built with Llama".', url: 'https://example.org/llama' } }]);
  });
});

describe('Teams text commands', () => {
  it.each([
    ['decide', ['decide']],
    ['Checklist Acme AI', ['checklist', 'Acme', 'AI']],
    ['export Acme AI pdf', ['export', 'Acme', 'AI', 'pdf']],
    ['status', ['status']],
    ['help', ['help']],
    ['ask What is a closed API?', ['ask', 'What', 'is', 'a', 'closed', 'API?']],
    ['/ai-procurement checklist Acme', ['checklist', 'Acme']],
    ['ai-procurement', []],
    ['ai-procurement frobnicate', ['frobnicate']],
  ])('"%s" is the command %j', (text, args) => {
    expect(parseTeamsText(text)).toEqual({ kind: 'command', command: 'ai-procurement', args });
  });

  it.each(['status of the Llama licence?', 'decide between open and closed?', 'checklist', 'export', 'What does help cost?'])('"%s" stays a question', (text) => {
    expect(parseTeamsText(text)).toEqual({ kind: 'text', text });
  });
});

describe('Teams mentions and places', () => {
  it('removes the bot mention by its entity text; other mentions keep their names', () => {
    const activity = {
      text: '<at>AI Procurement</at> ask <at>Sam</at> about Acme',
      recipient: { id: 'bot', name: 'AI Procurement' },
      entities: [
        { type: 'mention', text: '<at>AI Procurement</at>', mentioned: { id: 'bot', name: 'AI Procurement' } },
        { type: 'mention', text: '<at>Sam</at>', mentioned: { id: 'sam', name: 'Sam' } },
      ],
    };
    expect(textWithoutBotMention(activity)).toBe('ask Sam about Acme');
  });

  it('splits a channel reply chain into channel and thread, and reads the tenant from channelData too', () => {
    const place = placeOf({ conversation: { id: '19:abc@thread.tacv2;messageid=42', conversationType: 'channel', isGroup: true, name: '' }, channelData: { tenant: { id: 't-1' } } });
    expect(place).toEqual({ tenant: 't-1', channel: '19:abc@thread.tacv2', thread: '42', isDirect: false, conversationType: 'channel' });
    expect(placeOf({ conversation: { id: 'a:1', conversationType: 'personal', isGroup: false, name: '' } })).toBeUndefined();
  });
});

describe('card markdown', () => {
  it('writes the neutral document as card markdown, commands as Teams users type them', () => {
    expect(cardMarkdown([paragraph(strong('Acme'), ' is ', code('red-flag'))])).toBe('**Acme** is **red-flag**');
    expect(toCardMarkdown('**kept** and 2 * 3 * 4')).toBe('**kept** and 2 * 3 * 4');
    expect(cardMarkdown([bullets([['one'], ['two']]), numbered([['first']])])).toBe('- one\n- two\n1. first');
    expect(cardMarkdown([paragraph('Try ', command('help'), ' or ', command('checklist', untrusted('Acme AI')), '.')])).toBe('Try **help** or **checklist Acme AI**.');
  });

  it('never lets a citation mark and the words after it form a link', () => {
    expect(cardMarkdown([paragraph('See ', { type: 'cite', n: 1 }, '(https://evil.example)')])).not.toMatch(/\]\(/);
  });
});

describe('download tokens', () => {
  it('verifies a token only with the right key, unmodified and unexpired', () => {
    const grant = { fileId: 'f', tenant: 't', expiresAt: 2_000 };
    const token = createDownloadToken(grant, 'k1');
    expect(verifyDownloadToken(token, 'k1', 1_000)).toEqual(grant);
    expect(verifyDownloadToken(token, 'k2', 1_000)).toBeUndefined();
    expect(verifyDownloadToken(token, 'k1', 2_000)).toBeUndefined();
    const [payload, sig] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ f: 'f', t: 'other', e: 2_000 })).toString('base64url');
    expect(verifyDownloadToken(`${forged}.${sig}`, 'k1', 1_000)).toBeUndefined();
    expect(verifyDownloadToken(`${payload}.${sig}.x`, 'k1', 1_000)).toBeUndefined();
  });
});
