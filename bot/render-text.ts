/** Plain-text rendering of a neutral Reply, shared by the console chat and the CLI. */
import type { Reply } from './turn.ts';
import { inertLabel, inertText, mapSegments } from '../workflows/inert/index.ts';
import { PLAIN, renderBlocks, slashCommand, stepLines, type BlockDialect } from './reply-doc.ts';

export interface RenderOptions {
  /** Skip the main text (it was already streamed to the terminal). */
  omitText?: boolean;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Core text for a terminal: untrusted spans made inert (no escape sequences, which could draw an OSC 8
 * hyperlink or rewrite the screen; no link syntax; URLs defanged so the terminal does not link them).
 */
export function terminalText(text: string): string {
  return mapSegments(text, { trusted: (s) => s, untrusted: inertText });
}

/** The neutral document as terminal text: plain words, commands as typed at the console prompt. */
const TERMINAL: BlockDialect = { ...PLAIN, text: terminalText, code: terminalText, command: (m) => slashCommand(m, terminalText) };

/** Letter label of the i-th choice ("a", "b", …); console users type it to press the button. */
export function choiceKey(i: number): string {
  return LETTERS[i] ?? String(i + 1);
}

/** Renders a neutral Reply as terminal text. */
export function renderReply(reply: Reply, options: RenderOptions = {}): string {
  const out: string[] = [];
  if (!options.omitText) out.push(renderBlocks(reply.doc, TERMINAL));
  for (const s of reply.sections ?? []) out.push([...(s.title ? [terminalText(s.title)] : []), renderBlocks(s.doc, TERMINAL)].join('\n'));
  if (reply.step) {
    const st = reply.step;
    const lines = stepLines(st, TERMINAL);
    if (st.error) lines.unshift(`! ${terminalText(st.error)}`);
    st.options?.forEach((o, i) => lines.push(`  ${i + 1}) ${terminalText(o.label)}`));
    if (st.kind === 'yes-no' && !st.options?.length) lines.push('  (answer yes or no)');
    if (st.kind === 'number') lines.push('  (type a number)');
    if (st.kind === 'text') lines.push('  (type your answer)');
    if (st.help) lines.push(`  ${terminalText(st.help)}`);
    out.push(lines.join('\n'));
  }
  if (reply.citations?.length) {
    // Titles are document text; the URL is the card's own source, the one link the bot gives.
    out.push(['Sources:', ...reply.citations.map((c) => `  [${c.n}] ${inertLabel(c.title)}${c.url ? ` (${c.url})` : ''}`)].join('\n'));
  }
  const meta: string[] = [];
  if (reply.kind === 'answer' && typeof reply.confidence === 'number') meta.push(`confidence ${reply.confidence.toFixed(2)}`);
  if (reply.mode === 'model' && reply.provider) meta.push(`written by ${reply.provider} from the sources above`);
  if (meta.length) out.push(`(${meta.join('; ')})`);
  for (const n of reply.notes ?? []) out.push(`Note: ${terminalText(n)}`);
  if (reply.choices?.length) {
    out.push(reply.choices.map((c, i) => `  ${choiceKey(i)}) ${terminalText(c.label)}`).join('\n'));
  }
  return out.filter((s) => s.trim().length > 0).join('\n\n');
}
