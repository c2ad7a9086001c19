import { loadPrices, type Prices } from '../../workflows/decision/prices.ts';
import { hasModelPrice, modelQuote } from '../../workflows/decision/model-prices.ts';
import { readBill } from '../../workflows/decision/situation/spend.ts';
import { prepare } from '../../workflows/decision/situation/text.ts';
import { formatMoney } from '../../workflows/format.ts';
import { ASKS_SAVING, billWords, movedShare, roughly } from './price-wording.ts';
import { onlyPriced } from './bill-verdict.ts';
import { comparison } from './price-verdict.ts';
import type { Verdict } from './verdict.ts';


/** Moving work to another model: "moving those to haiku", "switch the simple calls over to gpt-5 mini". */
const MOVES_TO = /\b(?:mov(?:e|es|ed|ing)|switch(?:es|ed|ing)?|shift(?:s|ed|ing)?|migrat(?:e|es|ed|ing)|send(?:s|ing)?|rout(?:e|es|ed|ing)|swap(?:s|ped|ping)?|downgrad(?:e|es|ed|ing)|offload(?:s|ed|ing)?|put(?:s|ting)?|push(?:es|ed|ing)?)\b[^.?!;]{0,60}?\b(?:to|onto|over to|down to)\s+((?:[^.?!;,]|\.(?=\d)){2,40})/i;

/**
 * The same work priced on another model, with no verb of moving: "what would the same output cost on maverick via
 * deepinfra?", "what would that cost with haiku 4.5?".
 */
const SAME_ON = /\bwhat (?:would|will|does|do|might|could)\s+(?:the same|that|it|this|those|these|all that)\b[^.?!;]{0,40}?\bcost\b[^.?!;]{0,20}?\b(?:on|with|via|using|through|in)\s+((?:[^.?!;,]|\.(?=\d)){2,40})/i;
/** A bill that is almost all output tokens ("nearly all of it output tokens", "mostly output"). */
const OUTPUT_ONLY = /\b(?:(?:nearly|almost|mostly|mainly|practically)\s+)?all (?:of it |of that )?(?:is )?output\b|\b(?:mostly|mainly|nearly all|almost all)\s+output\b/i;

/** The priced model a name stands for: itself, the family member sharing the other model's version, or the family's only priced model. */
function pricedModel(name: string, prices: Prices, besides?: string): string | undefined {
  if (hasModelPrice(name, prices)) return name;
  const version = besides?.match(/\d+(?:\.\d+)*/)?.[0];
  const sibling = version ? `${name} ${version}` : undefined;
  if (sibling && hasModelPrice(sibling, prices)) return sibling;
  const [only] = onlyPriced(name, prices);
  return only;
}

/**
 * The asker's bill and the two priced models of a move: the one model named outside the words of the move (the bill's)
 * and the one named in its target, with both models' list prices; undefined unless there is exactly one of each.
 */
function billedPair(question: string, move: RegExpExecArray, target: string, names: (text: string) => string[]) {
  const prices = loadPrices();
  const elsewhere = question.slice(0, move.index) + question.slice(move.index + move[0].length);
  const fromNames = [...new Set(names(elsewhere).flatMap((n) => pricedModel(n, prices) ?? []))];
  const [from] = fromNames;
  if (fromNames.length !== 1 || !from) return undefined;
  const toNames = [...new Set(names(target).flatMap((n) => pricedModel(n, prices, from) ?? []))].filter((n) => n !== from);
  const [to] = toNames;
  if (toNames.length !== 1 || !to) return undefined;
  const bill = readBill(prepare(question));
  const a = modelQuote(from, {}, prices);
  const b = modelQuote(to, {}, prices);
  if (!bill || !a?.input || !a.output || !b?.input || !b.output) return undefined;
  return { bill, ...billWords(bill), a: { ...a, input: a.input, output: a.output }, b: { ...b, input: b.input, output: b.output } };
}

/**
 * What moving part of a bill to a cheaper model saves, at the two models' list prices (knowledge/data/prices.json):
 * "monthly anthropic bill is ~$6k, mostly sonnet 4.5, and roughly half the calls are dead simple classification.
 * how much could we save moving those to haiku?" is answered "Moving half of a $6,000-a-month bill from Claude
 * Sonnet 4.5 to Claude Haiku 4.5 would save about $2,000 a month at list prices…", then both models' prices.
 *
 * Needs a question about saving, a bill in the message (in the asker's own currency and period: no conversion), a
 * move "to" a priced model (a family name stands for the member sharing the other's version, or its only priced
 * model), and exactly one other priced model the bill is on. The share of calls that moves is taken as that share
 * of the bill, and said so; with no share given, the whole bill moves, and the saving per 1,000 moved follows. A range
 * where the input and output ratios differ, since the mix of the two is not known.
 * @param names the catalogue names a piece of text mentions
 */
export function savingVerdict(question: string, names: (text: string) => string[]): Verdict | undefined {
  if (!ASKS_SAVING.test(question)) {
    const same = SAME_ON.exec(question);
    return same ? sameWorkVerdict(question, same, names) : undefined;
  }
  const move = MOVES_TO.exec(question);
  const target = move?.[1];
  if (!move || !target) return undefined;
  const pair = billedPair(question, move, target, names);
  if (!pair) return undefined;
  const { bill, per, typed, a, b } = pair;
  const ratios = [b.input.high / a.input.low, b.output.high / a.output.low];
  // A move to a dearer model saves nothing: the price comparison answers that.
  if (ratios.some((r) => r >= 1)) return undefined;
  const share = movedShare(question);
  const [lo, hi] = [1 - Math.max(...ratios), 1 - Math.min(...ratios)];
  const saved = (base: number, f: number) => roughly(base * f, bill.currency);
  const amount = (base: number) => (saved(base, lo) === saved(base, hi) ? `about ${saved(base, lo)}` : `between about ${saved(base, lo)} and ${saved(base, hi)}`);
  const mix = saved(bill.value, lo) === saved(bill.value, hi) ? '' : ', depending on your mix of input and output tokens';
  // With no share given, the whole bill moves, and what each 1,000 moved saves lets the asker scale it down.
  const lead = share
    ? `Moving ${share.words} of a ${typed} from ${a.model} to ${b.model} would save ${amount(bill.value * share.share)} ${per} at list prices${mix}, if that work is about ${share.words} of the bill.`
    : `Moving the whole ${typed} from ${a.model} to ${b.model} would save ${amount(bill.value)} ${per} at list prices${mix}: ${amount(1000)} of every ${formatMoney(1000, bill.currency)} moved.`;
  const compared = comparison(b, a, 'both');
  return compared && { ...compared, text: `${lead} ${compared.text}` };
}

/**
 * What a bill on one priced model would come to on another, at the two models' list prices: "we're spending about
 * $50k a month on opus 4.6, nearly all of it output tokens. what would the same output cost on maverick via deepinfra?"
 * is answered "The same $50,000-a-month bill on Claude Opus 4.6 would cost about $1,200 a month on Llama 4 Maverick
 * at list prices…", then both models' prices. Output prices alone when the bill is said to be nearly all output, else a
 * range over the input and output ratios.
 */
function sameWorkVerdict(question: string, same: RegExpExecArray, names: (text: string) => string[]): Verdict | undefined {
  const pair = billedPair(question, same, same[1] ?? '', names);
  if (!pair) return undefined;
  const { bill, per, typed, a, b } = pair;
  const output = OUTPUT_ONLY.test(question);
  const sides = output ? [[b.output, a.output] as const] : ([[b.input, a.input], [b.output, a.output]] as const);
  const lo = Math.min(...sides.map(([x, y]) => x.low / y.high));
  const hi = Math.max(...sides.map(([x, y]) => x.high / y.low));
  const low = roughly(bill.value * lo, bill.currency);
  const high = roughly(bill.value * hi, bill.currency);
  const amount = low === high ? `about ${low}` : `between about ${low} and ${high}`;
  const basis = output ? ', counting output tokens only' : low === high ? '' : ', depending on your mix of input and output tokens';
  const lead = `The same ${typed} on ${a.model} would cost ${amount} ${per} on ${b.model} at list prices${basis}.`;
  const compared = comparison(b, a, output ? 'output' : 'both');
  return compared && { ...compared, text: `${lead} ${compared.text}` };
}
