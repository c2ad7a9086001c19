/**
 * The neutral reply: what the bot says, as structure rather than any platform's markup. The core writes
 * paragraphs and lists of inline pieces (words, emphasis, citation marks tied to `Reply.citations`, mentions of
 * a command, literal words to type); each adapter renders them in its own dialect (Slack mrkdwn, Adaptive Card
 * Markdown, terminal text) and no renderer ever parses another's text. Words keep the untrusted-span marks of
 * bot/inert, so user, vendor, document and model text stays inert in every dialect.
 */
import type { Citation, Reply, ReplySection, StepView } from './turn.ts';
import { untrusted } from '../workflows/inert/index.ts';

/** A command of /ai-procurement, named the way each platform types it (`/ai-procurement checklist <vendor>`, `checklist <vendor>`). */
export interface CommandMention {
  type: 'command';
  /** The subcommand and its words; empty for the command itself. Words from users are marked untrusted. */
  args: string[];
}

export type Inline =
  /** The bot's words, possibly holding untrusted spans. */
  | string
  | { type: 'strong'; content: Inline[] }
  /** A citation marker [n], `n` one of the reply's citations. */
  | { type: 'cite'; n: number }
  | CommandMention
  /** Literal words to type (`keep`, `--question exit`). */
  | { type: 'code'; text: string };

export type Block = { type: 'paragraph'; content: Inline[] } | { type: 'list'; ordered: boolean; items: Inline[][] };

export const strong = (...content: Inline[]): Inline => ({ type: 'strong', content });
export const cite = (n: number): Inline => ({ type: 'cite', n });
export const command = (...args: string[]): CommandMention => ({ type: 'command', args });
export const code = (text: string): Inline => ({ type: 'code', text });
export const paragraph = (...content: Inline[]): Block => ({ type: 'paragraph', content });
export const bullets = (items: Inline[][]): Block => ({ type: 'list', ordered: false, items });
export const numbered = (items: Inline[][]): Block => ({ type: 'list', ordered: true, items });

/** Citation marks for the card ids a piece of text rests on, in the numbering of `citations` (none for an uncited id). */
export function citesFor(citations: Citation[], ...ids: string[]): Inline[] {
  return ids.flatMap((id) => {
    const n = citations.find((c) => c.id === id)?.n;
    return n ? [' ', cite(n)] : [];
  });
}

/**
 * Text someone else wrote (card sentences, a model's answer) with its [n] markers as citation marks: a number
 * that names one of `citations` becomes a mark, anything else stays words. The words are marked untrusted.
 */
export function citedText(text: string, citations: Citation[]): Inline[] {
  const known = new Set(citations.map((c) => c.n));
  const out: Inline[] = [];
  let last = 0;
  for (const m of text.matchAll(/\[(\d{1,3})\]/g)) {
    const n = Number(m[1]);
    if (!known.has(n)) continue;
    if (m.index > last) out.push(untrusted(text.slice(last, m.index)));
    out.push(cite(n));
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(untrusted(text.slice(last)));
  return out;
}

/** How one dialect writes each inline piece. `text` receives the bot's words with their untrusted marks. */
export interface InlineDialect {
  text(words: string): string;
  strong(rendered: string): string;
  cite(n: number): string;
  command(mention: CommandMention): string;
  code(text: string): string;
}

/** How one dialect writes blocks: the marker in front of a list item. Blocks are joined with a line break. */
export interface BlockDialect extends InlineDialect {
  bullet(index: number, ordered: boolean): string;
}

export function renderInlines(content: Inline[], d: InlineDialect): string {
  return content
    .map((p) => {
      if (typeof p === 'string') return d.text(p);
      switch (p.type) {
        case 'strong':
          return d.strong(renderInlines(p.content, d));
        case 'cite':
          return d.cite(p.n);
        case 'command':
          return d.command(p);
        case 'code':
          return d.code(p.text);
      }
    })
    .join('');
}

export function renderBlocks(blocks: Block[], d: BlockDialect): string {
  return blocks
    .map((b) => (b.type === 'paragraph' ? renderInlines(b.content, d) : b.items.map((item, i) => `${d.bullet(i, b.ordered)}${renderInlines(item, d)}`).join('\n')))
    .join('\n');
}

/** The command as typed in a Slack message box or the console: `/ai-procurement checklist <vendor>`. */
export function slashCommand(mention: CommandMention, render: (words: string) => string = (w) => w): string {
  return ['/ai-procurement', ...mention.args.map(render)].join(' ');
}

/** Plain text, marks kept: the fallback for notifications, JSON and any surface without formatting. */
export const PLAIN: BlockDialect = {
  text: (w) => w,
  strong: (s) => s,
  cite: (n) => `[${n}]`,
  command: (m) => slashCommand(m),
  code: (t) => t,
  bullet: (i, ordered) => (ordered ? `${i + 1}. ` : '• '),
};

export function plainText(blocks: Block[]): string {
  return renderBlocks(blocks, PLAIN);
}

/** The lines a plain surface shows for a workflow step: title and progress, prompt, earlier answer, suggestion, hint. */
export function stepLines(step: StepView, d: InlineDialect = PLAIN): string[] {
  const lines = [`${d.text(step.title ?? step.workflow)} · step ${step.index} of ${step.total}`, d.text(step.prompt)];
  if (step.current) lines.push(`(answered before: ${d.text(step.current)})`);
  if (step.suggested) lines.push(`${d.text(step.suggested.from ?? 'From the message')}: ${d.text(step.suggested.label)} ("${d.text(step.suggested.words)}"). Keep it (type ${d.code('keep')}) or answer again.`);
  if (step.suggested?.reason) lines.push(`Why: ${d.text(step.suggested.reason)}`);
  if (step.hint) lines.push(`Answer with ${d.text(step.hint)}${step.example ? `: e.g. ${d.code(step.example)}` : ''}.`);
  return lines;
}

/** A reply section as the core writes it: a title and blocks. */
export interface SectionDoc {
  title?: string;
  doc: Block[];
}

/** What a producer hands `createReply`: the reply without its derived plain-text fallbacks. */
export type ReplyDoc = Omit<Reply, 'text' | 'sections'> & { sections?: SectionDoc[] };

/**
 * The one way to make a Reply: the document plus its plain-text fallbacks (`text`, each section's `body`),
 * derived here so they always say what the document says. Renderers read `doc`; the fallbacks serve surfaces
 * without formatting (notifications, JSON output, logs-free summaries).
 */
export function createReply(r: ReplyDoc): Reply {
  const { sections, ...rest } = r;
  const text = [plainText(r.doc), ...(r.step ? stepLines(r.step) : [])].filter(Boolean).join('\n');
  const reply: Reply = { ...rest, text };
  if (sections) reply.sections = sections.map((s): ReplySection => ({ ...s, body: plainText(s.doc) }));
  return reply;
}

/** A one-paragraph reply. */
export function textReply(kind: Reply['kind'], ...content: Inline[]): Reply {
  return createReply({ kind, doc: [paragraph(...content)] });
}
