import { describe, expect, it } from 'vitest';
import type { Reply, StepView } from '../../../bot/turn.ts';
import { renderReply } from '../../../adapters/slack/render/reply.ts';
import { answerReply } from '../../../bot/router.ts';
import { escapeMrkdwn, markdownToMrkdwn, mrkdwnLink } from '../../../adapters/slack/render/escape.ts';
import { splitMrkdwn } from '../../../adapters/slack/render/split.ts';
import { stepModal } from '../../../adapters/slack/render/step-modal.ts';
import { stepMessageBlocks } from '../../../adapters/slack/render/step-message.ts';
import { slackTextToPlain, stripBotMention } from '../../../adapters/slack/text.ts';
import { blockKitProblems } from './support/block-kit-check.ts';
import { bullets, citedText, command, createReply, paragraph, strong } from '../../../bot/reply-doc.ts';
import { untrusted } from '../../../workflows/inert/index.ts';

const texts = (blocks: unknown[]) => JSON.stringify(blocks);

describe('escaping user text', () => {
  it('neutralises mentions and link syntax', () => {
    const out = escapeMrkdwn('hi <!channel> <!here> <@U123> <https://evil.example|click> & more');
    expect(out).toBe('hi &lt;!channel&gt; &lt;!here&gt; &lt;@U123&gt; &lt;https://evil.example|click&gt; &amp; more');
  });

  it('builds links only for http(s) URLs and escapes their labels', () => {
    expect(mrkdwnLink('https://example.org/a?b=1&c=2', 'A <b>|c')).toBe('<https://example.org/a?b=1&amp;c=2|A &lt;b&gt;¦c>');
    expect(mrkdwnLink('javascript:alert(1)', 'x')).toBe('x');
    expect(mrkdwnLink(null, 'Card title')).toBe('Card title');
  });

  it('turns the core Markdown into mrkdwn without letting text become a mention or a link', () => {
    // Issue 10: text never becomes a link (only citations and the bot's own buttons are live).
    expect(markdownToMrkdwn('**Bold** and [a link](https://x.example/p) <!everyone>')).toBe('*Bold* and [a link](https://x.example/p) &lt;!everyone&gt;');
  });

  it('reads Slack text back as plain text', () => {
    expect(slackTextToPlain('<@U0BOT> what about <https://a.example|this> &amp; <#C1|general>? &lt;!channel&gt;')).toBe('@U0BOT what about this (https://a.example) & #general? <!channel>');
    expect(stripBotMention('<@U0BOT> hello <@U0BOT|bot>', 'U0BOT')).toBe('hello');
  });
});

describe('splitting long text', () => {
  it('never exceeds the limit and never cuts a link or an entity', () => {
    const link = '<https://example.org/a-long-path|A linked title with spaces>';
    const para = `${'Word &amp; more words. '.repeat(40)}${link} `;
    const text = Array.from({ length: 20 }, () => para).join('\n\n');
    const pieces = splitMrkdwn(text, 3000);
    expect(pieces.length).toBeGreaterThan(2);
    for (const p of pieces) {
      expect(p.length).toBeLessThanOrEqual(3000);
      expect(p.split('<').length).toBe(p.split('>').length);
      expect(/&[a-z]*$/.test(p)).toBe(false);
    }
    expect(pieces.join(' ').replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' ').trim());
  });
});

describe('rendering a Reply as Block Kit', () => {
  // Built by the core's own answerReply, so the workflow button it suggests is part of what is rendered.
  const answer: Reply = answerReply({
    answered: true,
    answer: 'Closed APIs suit low volumes [1]. Self-hosting pays off above the crossover [2].',
    citations: [
      { n: 1, id: 'cost-crossover', title: 'The cost crossover', url: 'https://example.org/crossover' },
      { n: 2, id: 'when-to-self-host', title: 'When to self-host', url: null },
    ],
    confidence: 0.8,
    mode: 'extractive',
  });

  it('has the answer, numbered citations, a confidence hint, feedback and a workflow button', () => {
    const [msg, ...rest] = renderReply(answer, { question: 'When should we self-host?' });
    expect(rest).toHaveLength(0);
    const json = texts(msg!.blocks);
    expect(json).toContain('*[1]* <https://example.org/crossover|The cost crossover>');
    expect(json).toContain('*[2]* When to self-host');
    expect(json).toContain('Confidence: *high*');
    expect(json).toContain('ap.feedback.up');
    expect(json).toContain('ap.choice.0.command');
    expect(json).toContain('"value":"decide"');
    expect(blockKitProblems(msg!.blocks, 'message')).toEqual([]);
  });

  it('splits a very long answer over sections and messages within Slack limits', () => {
    const long: Reply = createReply({ ...answer, doc: [paragraph('A sentence that goes on for a while, citing a source [1]. '.repeat(4000))] });
    const messages = renderReply(long);
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) expect(blockKitProblems(m.blocks, 'message')).toEqual([]);
    const last = messages.at(-1)!;
    expect(texts(last.blocks)).toContain('ap.feedback');
    expect(texts(last.blocks)).toContain('ap.citations');
    const total = messages.flatMap((m) => m.blocks).filter((b) => b.type === 'section').map((b) => ('text' in b && b.text ? b.text.text : '')).join(' ');
    expect(total.length).toBeGreaterThan(200_000);
  });

  it('cuts every button, header and context to its limit', () => {
    const reply: Reply = createReply({
      kind: 'workflow',
      doc: [paragraph('x')],
      sections: [{ title: 'T'.repeat(400), doc: [paragraph('b')] }],
      notes: Array.from({ length: 25 }, (_, i) => `note ${i} ${'n'.repeat(4000)}`),
      choices: Array.from({ length: 30 }, (_, i) => ({ action: `act${i}`, label: 'L'.repeat(200), value: 'v'.repeat(5000) })),
    });
    for (const m of renderReply(reply)) expect(blockKitProblems(m.blocks, 'message')).toEqual([]);
  });
});

describe('rendering a native answer (markdown block) from the neutral document', () => {
  it('writes emphasis, lists, citation marks and commands in Markdown, sources as a list, and no link the renderer did not build', () => {
    const citations = [{ n: 1, id: 'llama', title: 'Llama 4 licence', url: 'https://example.org/llama' }];
    const reply = createReply({
      kind: 'answer',
      confidence: 0.8,
      doc: [
        paragraph(strong('Short answer:'), ' ', ...citedText('Allowed with the notice [1]. See [docs](https://evil.example/x) <!here>', citations)),
        bullets([['first ', untrusted('**kept** [x](https://evil.example/y)')], ['then ', command('checklist', untrusted('Acme'))]]),
        paragraph('The gap: cost < risk & time'),
      ],
      citations,
    });
    const [msg] = renderReply(reply, { native: true });
    const md = (msg!.blocks.find((b) => b.type === 'markdown') as { text: string }).text;
    expect(md).toContain('**Short answer:** Allowed with the notice [1].');
    expect(md).toMatch(/^- first \*\*kept\*\*/m);
    expect(md).toContain('- then `/ai-procurement checklist Acme`');
    expect(md).toContain('**Sources**\n1. [Llama 4 licence](https://example.org/llama)');
    // Document and model text: link syntax becomes words, hosts are defanged, Slack tokens are entities.
    expect(md).not.toMatch(/\]\(https?:\/\/evil/);
    expect(md).not.toContain('evil.example');
    expect(md).not.toMatch(/<[!@#]/);
    expect(md).toContain('The gap: cost &lt; risk &amp; time');
    expect(blockKitProblems(msg!.blocks, 'message')).toEqual([]);
  });
});

describe('rendering a step', () => {
  const step: StepView = { workflow: 'decision', runId: 'r1', stepId: 'monthlySpendGBP', prompt: 'Roughly what would you spend a month on AI?', kind: 'number', index: 1, total: 9, help: 'See the cost crossover card.' };

  it('as a modal with the right input and metadata', () => {
    const view = stepModal(step, { team: 'T1', channel: 'C1', thread: '1.2' });
    expect(blockKitProblems(view.blocks, 'modal', view as never)).toEqual([]);
    expect(texts(view.blocks)).toContain('number_input');
    expect(JSON.parse(view.private_metadata ?? '{}')).toMatchObject({ team: 'T1', channel: 'C1', thread: '1.2', r: 'r1', s: 'monthlySpendGBP' });
    const choice = stepModal({ ...step, kind: 'choice', options: Array.from({ length: 12 }, (_, i) => ({ value: `o${i}`, label: `Option ${i}` })) }, { team: 'T1', channel: 'C1' });
    expect(texts(choice.blocks)).toContain('static_select');
    expect(texts(stepModal({ ...step, kind: 'yes-no' }, { team: 'T1', channel: 'C1' }).blocks)).toContain('radio_buttons');
  });

  it('as an in-thread message with option buttons or an Answer button', () => {
    expect(texts(stepMessageBlocks({ ...step, kind: 'yes-no' }))).toContain('ap.step.option.1');
    expect(texts(stepMessageBlocks(step))).toContain('ap.step.open');
  });
});
