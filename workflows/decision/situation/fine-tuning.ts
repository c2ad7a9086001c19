/**
 * How deeply the model must be customised. Weight-level when the words say weights, LoRA, open models or tuning
 * on their own data as their edge (the when-to-self-host card's trigger); API-level when they tune through a
 * vendor; a plain "fine-tune it" is the API-level kind closed vendors offer. Denials read as none.
 */
import type { DecisionInput } from '../input.ts';
import { cue, negationStart } from './flag.ts';
import { mentionsOf, settle, type Mention } from './mentions.ts';
import type { Reading } from './reading.ts';
import { clauseEnd, sentenceAround, wordsAt, type Prepared } from './text.ts';

type Depth = DecisionInput['fineTuning'];

const TUNE = String.raw`fine[- ]?tun\w*|finetun\w*|fine tun\w*|(?:re)?train(?:ing)? (?:our|my|an?|the) (?:own )?(?:model|llm)s?|custom(?:ise|ize)? (?:the )?(?:model|weights)|tune (?:the |a |our )?model|lora|qlora|peft|adapter training`;
const WEIGHTS_HINT = /\b(weights?|weight[- ]level|lora|qlora|peft|open[- ](?:weights?|source)|llama|mistral|qwen|deepseek|gemma|our own model|own model|own data|our data|our own \w+(?: \w+)?|proprietary data|in-house data|internal data|our \w+ data|full fine[- ]?tun\w*|moat|edge|advantage|differentiat\w*|train(?:ing)? our (?:own )?model)\b/;
const API_HINT = /\b(api|apis|openai|azure|vertex|bedrock|gpt|vendor's|provider's|their platform|through (?:the|their)|via (?:the|their)|hosted fine[- ]?tun\w*|api[- ]level)\b/;
const NO_TUNING = cue(String.raw`(?:prompting|prompt engineering|rag|retrieval|few[- ]shot|off[- ]the[- ]shelf|out of the box)(?: is| will be| should be)? (?:enough|fine|sufficient|all we need)|off[- ]the[- ]shelf(?: models?)?|out of the box|no customi[sz]ation|just (?:rag|prompting|prompts)|rag only`);

const RANK: Record<Depth, number> = { none: 0, api: 1, weights: 2 };

export function readFineTuning(p: Prepared): Reading<Depth> | undefined {
  const depth = (start: number, end: number, negated: boolean): Depth => {
    if (negated) return 'none';
    // The sentence, not just the clause: "fine-tune on our tickets - that's our moat" is weight-level tuning.
    const [from, to] = sentenceAround(p.text, start);
    const around = p.text.slice(Math.max(from, start - 60), to);
    const tail = p.text.slice(start, clauseEnd(p.text, end));
    if (/^(lora|qlora|peft)/.test(tail) || WEIGHTS_HINT.test(around)) return API_HINT.test(tail) && !/weights?/.test(around) ? 'api' : 'weights';
    return 'api';
  };
  const mentions: Mention<Depth>[] = [
    ...mentionsOf(p, cue(TUNE), (m, negated) => depth(m.index, m.index + m[0].length, negated), 5),
    ...mentionsOf(p, NO_TUNING, () => 'none' as const),
  ].sort((a, b) => a.start - b.start);
  const best = settle(mentions, (v) => RANK[v]);
  if (!best) return undefined;
  const end = best.value === 'none' ? best.end : Math.min(clauseEnd(p.text, best.end), best.end + 40);
  return { value: best.value, words: wordsAt(p, negationStart(p.text, best.start), end) };
}
