/** Plain-text rendering of a neutral Reply, shared by the console chat and the CLI. */
import type { Reply } from './turn.ts';

export interface RenderOptions {
  /** Skip the main text (it was already streamed to the terminal). */
  omitText?: boolean;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Drops the chat-markup emphasis (*bold*) a terminal would show as literal asterisks. */
function plain(text: string): string {
  return text.replace(/(^|[\s(])\*([^*\n]+)\*(?=$|[\s.,:;)!?])/gm, '$1$2');
}

/** Letter label of the i-th choice ("a", "b", …); console users type it to press the button. */
export function choiceKey(i: number): string {
  return LETTERS[i] ?? String(i + 1);
}

/** Renders a neutral Reply as terminal text. */
export function renderReply(reply: Reply, options: RenderOptions = {}): string {
  const out: string[] = [];
  if (!options.omitText) out.push(plain(reply.text));
  for (const s of reply.sections ?? []) out.push(plain(s.title ? `${s.title}\n${s.body}` : s.body));
  if (reply.step) {
    const st = reply.step;
    // The reply text usually carries the prompt already; say it once.
    const lines = reply.text.includes(st.prompt) ? [] : [`Step ${st.index} of ${st.total}: ${st.prompt}`];
    if (st.error) lines.unshift(`! ${st.error}`);
    st.options?.forEach((o, i) => lines.push(`  ${i + 1}) ${o.label}`));
    if (st.kind === 'yes-no' && !st.options?.length) lines.push('  (answer yes or no)');
    if (st.kind === 'number') lines.push('  (type a number)');
    if (st.kind === 'text') lines.push('  (type your answer)');
    if (st.help) lines.push(`  ${st.help}`);
    out.push(lines.join('\n'));
  }
  if (reply.citations?.length) {
    out.push(['Sources:', ...reply.citations.map((c) => `  [${c.n}] ${c.title}${c.url ? ` (${c.url})` : ''}`)].join('\n'));
  }
  const meta: string[] = [];
  if (reply.kind === 'answer' && typeof reply.confidence === 'number') meta.push(`confidence ${reply.confidence.toFixed(2)}`);
  if (reply.mode === 'model' && reply.provider) meta.push(`written by ${reply.provider} from the sources above`);
  if (meta.length) out.push(`(${meta.join('; ')})`);
  for (const n of reply.notes ?? []) out.push(`Note: ${n}`);
  if (reply.choices?.length) {
    out.push(reply.choices.map((c, i) => `  ${choiceKey(i)}) ${c.label}`).join('\n'));
  }
  return out.filter((s) => s.trim().length > 0).join('\n\n');
}
