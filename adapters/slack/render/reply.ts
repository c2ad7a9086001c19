import type { types } from '@slack/bolt';
import type { Choice, Reply } from '../../../bot/turn.ts';
import { LIMITS, cut, cutMrkdwn } from './limits.ts';
import { escapeMrkdwn, mrkdwn, mrkdwnLink, plainText } from './escape.ts';
import { untrusted } from '../../../workflows/inert/index.ts';
import { splitMrkdwn } from './split.ts';
import { IDS, choiceActionId } from './ids.ts';
import { stepMessageBlocks } from './step-message.ts';
import { packMessages } from './pack.ts';
import { renderNativeAnswer } from './native-answer.ts';

type Block = types.KnownBlock;

/** One chat.postMessage / chat.update payload. */
export interface SlackMessage {
  text: string;
  blocks: Block[];
}

export interface RenderReplyOptions {
  /** The question as the user typed it, shown above an answer asked by slash command (rendered inert). */
  question?: string;
  /** Slack user id who asked, for the "asked by" line. */
  askedBy?: string;
  /** Offer 👍/👎 (answers only). Defaults to true. */
  feedback?: boolean;
  /** Answers in Slack's native pieces: a markdown block with the sources as a list, feedback_buttons. */
  native?: boolean;
}

const ANSWER_KINDS = new Set<Reply['kind']>(['answer', 'no-answer']);

/**
 * Renders a neutral Reply as one or more Slack messages: the answer text in sections (split at 3000 characters),
 * the Reply's sections, notes, numbered citations with links, a confidence hint, workflow buttons and 👍/👎.
 * More than 50 blocks continue in a further message; the buttons always close the last one.
 */
export function renderReply(reply: Reply, options: RenderReplyOptions = {}): SlackMessage[] {
  if (options.native && ANSWER_KINDS.has(reply.kind) && !reply.step) return renderNativeAnswer(reply, options);
  const body: Block[] = [];
  const tail: Block[] = [];

  if (options.question) {
    const who = options.askedBy && /^[UW][A-Z0-9]+$/.test(options.askedBy) ? `<@${options.askedBy}> asked` : 'Question';
    body.push(context([`${who}: ${cutMrkdwn(escapeMrkdwn(untrusted(options.question)), 2900)}`]));
  }
  const main = mrkdwn(reply.doc);
  if (main) body.push(...sections(main));
  for (const s of reply.sections ?? []) {
    if (s.title) body.push({ type: 'header', text: { type: 'plain_text', text: cut(plainText(s.title), LIMITS.headerText), emoji: true } });
    body.push(...sections(mrkdwn(s.doc)));
  }
  if (reply.notes?.length) body.push(...chunk(reply.notes, LIMITS.contextElements).map((n) => context(n.map((x) => `_${escapeMrkdwn(x)}_`))));

  if (reply.citations?.length) {
    const lines = reply.citations.map((c) => `*[${c.n}]* ${mrkdwnLink(c.url, c.title)}`);
    tail.push(...sections(`*Sources*\n${lines.join('\n')}`, 'ap.citations'));
  }
  if (ANSWER_KINDS.has(reply.kind) && typeof reply.confidence === 'number') tail.push(context([confidenceHint(reply)], 'ap.confidence'));
  if (reply.step) tail.push(...stepMessageBlocks(reply.step, reply.choices));
  const choices = reply.step ? [] : (reply.choices ?? []);
  if (choices.length) tail.push(...choiceBlocks(choices));
  if (ANSWER_KINDS.has(reply.kind) && options.feedback !== false) tail.push(feedbackBlock());

  // The notification text: the document in mrkdwn on one line (a step with no lead: its plain lines).
  const text = cutMrkdwn((main || escapeMrkdwn(reply.text)).replace(/\s+/g, ' ').trim() || 'ai-procurement', LIMITS.fallbackText);
  return packMessages(body, tail, LIMITS.blocksPerMessage).map((blocks) => ({ text, blocks }));
}

/** Plain-text fallback message for when Slack refuses the blocks: never leave the user without a reply. */
export function plainMessage(text: string): SlackMessage {
  return { text: escapeMrkdwn(cut(text, LIMITS.fallbackText)), blocks: sections(escapeMrkdwn(text)).slice(0, LIMITS.blocksPerMessage) };
}

/** Section blocks for mrkdwn that is already escaped, split so none passes 3000 characters. */
export function sections(mrkdwn: string, blockIdPrefix?: string): Block[] {
  return splitMrkdwn(mrkdwn, LIMITS.sectionText).map((text, i) => ({
    type: 'section',
    // verbatim: Slack must not auto-parse mentions or channel names out of text we escaped on purpose.
    text: { type: 'mrkdwn', text, verbatim: true },
    ...(blockIdPrefix ? { block_id: `${blockIdPrefix}.${i}` } : {}),
  }));
}

export function context(mrkdwn: string[], blockId?: string): Block {
  return {
    type: 'context',
    elements: mrkdwn.slice(0, LIMITS.contextElements).map((text) => ({ type: 'mrkdwn', text: cutMrkdwn(text, LIMITS.sectionText), verbatim: true })),
    ...(blockId ? { block_id: blockId } : {}),
  };
}

export function confidenceHint(reply: Reply): string {
  const c = reply.confidence ?? 0;
  const level = c >= 0.66 ? 'high' : c >= 0.4 ? 'medium' : 'low';
  const how = reply.mode === 'model' ? `written by ${escapeMrkdwn(reply.provider ?? 'a model')} from the cited sources` : 'taken from the knowledge base';
  return `Confidence: *${level}* (${c.toFixed(2)}) · ${how}`;
}

/** Buttons for the Reply's choices, 25 per actions block (Slack's limit). */
export function choiceBlocks(choices: Choice[]): Block[] {
  // A typed action rides as its JSON text: a Slack button value is a string (bot/turn.ts Choice).
  const buttons = choices.map((c, i) => button(choiceActionId(i, c.action), c.label, typeof c.value === 'string' ? c.value : JSON.stringify(c.value), c.style));
  return chunk(buttons, LIMITS.actionsElements).map((elements) => ({ type: 'actions', elements }));
}

export function button(actionId: string, label: string, value: string, style?: 'primary' | 'danger'): types.Button {
  return {
    type: 'button',
    action_id: actionId.slice(0, LIMITS.actionId),
    text: { type: 'plain_text', text: cut(plainText(label), LIMITS.buttonText), emoji: true },
    value: value.slice(0, LIMITS.actionValue),
    ...(style ? { style } : {}),
  };
}

export function feedbackBlock(): Block {
  // The vote is stored against the answer message (channel + ts), which Slack sends back with the click; user
  // text never rides in a button value.
  const value = (vote: 'up' | 'down') => JSON.stringify({ vote });
  return {
    type: 'actions',
    block_id: IDS.feedbackBlock,
    elements: [button(IDS.feedbackUp, '👍 Helpful', value('up')), button(IDS.feedbackDown, '👎 Not helpful', value('down'))],
  };
}

export function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
