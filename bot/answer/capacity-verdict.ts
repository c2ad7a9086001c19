import { cardTitle } from '../../knowledge/load-cards.ts';
import { loadPrices, type Prices } from '../../workflows/decision/prices.ts';
import { normalizeName } from '../../knowledge/entities/normalize.ts';
import { countWord } from '../../workflows/format.ts';
import type { Verdict } from './verdict.ts';

type Run = Prices['vllm_throughput']['runs'][number];

/** A target rate: "2k tokens/sec", "~2,000 tok/s", "1500 tokens per second", "3k tps". */
const RATE = /(?:~|about |around |roughly )?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(k)?\s*(?:output\s+)?(?:tokens?\s?(?:\/\s?(?:s|sec|second)\b|per\s+sec(?:ond)?\b|a\s+second\b|each\s+second\b)|tok\/s\b|tps\b|t\/s\b)/i;
/** Words that ask how many GPUs a load needs, or whether a number of them is enough ("are 2 h100s enough…?"). */
const ASKS_SIZE = /\bhow many\b|\benough\b|\bdo (?:we|i) need (?:\d+|two|three|four|eight)\b|\bsiz(e|ing)\b|\bnumber of (gpus?|cards|h100s|a100s)\b|\b(gpus?|cards|h100s|a100s) (do|would|will) (we|i) need\b|\bcapacity\b/i;

/** "four H100s", "one A100". */
function setup(r: Run): string {
  return `${countWord(r.gpus)} ${r.gpu}${r.gpus > 1 ? 's' : ''}`;
}
const rate = (n: number) => n.toLocaleString('en-GB');

/** The target rate a message states, in tokens per second. */
export function readRate(text: string): number | undefined {
  const m = RATE.exec(text);
  if (!m) return undefined;
  const n = Number((m[1] ?? '').replace(/,/g, '')) * (m[2] ? 1000 : 1);
  return n > 0 ? n : undefined;
}

/**
 * How many GPUs a target throughput needs, from the runs Lambda measured (knowledge/data/prices.json,
 * `vllm_throughput`, checked against the vLLM card by `kb lint`): "we want roughly 2k tokens/sec out of llama 3.1 70b
 * on h100s. how many cards?" is answered "For about 2,000 output tokens a second on Llama 3.1 70B, the smallest
 * measured setup that reaches it is four H100s (2,243 tokens a second with vLLM 0.5.4, 3,543 with vLLM 0.6.0); two
 * H100s gave 1,728." Only models and GPUs the benchmark measured are sized; anything else is left to the cards.
 */
export function capacityVerdict(question: string): Verdict | undefined {
  if (!ASKS_SIZE.test(question)) return undefined;
  const target = readRate(question);
  if (target === undefined) return undefined;
  const t = loadPrices().vllm_throughput;
  // The model as the runs name it ("Llama 3.1 70B"), which the catalogue may hold only as a family ("Llama 3.1").
  const asked = normalizeName(question);
  const model = [...new Set(t.runs.map((r) => r.model))].find((m) => asked.includes(normalizeName(m)));
  if (!model) return undefined;
  // A GPU the message names narrows the runs ("on h100s"); otherwise every GPU measured for the model counts.
  const gpus = [...new Set(t.runs.map((r) => r.gpu))].filter((g) => new RegExp(`\\b${g.split('-')[0]}s?\\b`, 'i').test(question));
  const runs = t.runs.filter((r) => r.model === model && (!gpus.length || gpus.includes(r.gpu)));
  if (!runs.length) return undefined;
  const reachingOf = (among: Run[]) => among.filter((r) => r.output_tokens_per_second >= target).sort((a, b) => a.gpus - b.gpus || a.output_tokens_per_second - b.output_tokens_per_second);
  const reaching = reachingOf(runs);
  const first = reaching[0];
  const goal = `For about ${rate(target)} output tokens a second on ${model}`;
  const measured = [...new Set(runs.map((r) => r.gpu))];
  let text: string;
  if (gpus.length >= 2 && measured.length >= 2) {
    // "how many A100s or H100s would that take?": each GPU asked about, sized on its own runs.
    const each = measured.map((gpu) => {
      const own = runs.filter((r) => r.gpu === gpu);
      const least = reachingOf(own)[0];
      if (least) return `${setup(least)} (${rate(least.output_tokens_per_second)} tokens a second with vLLM ${least.vllm})`;
      const most = [...own].sort((a, b) => b.output_tokens_per_second - a.output_tokens_per_second)[0] as Run;
      return `no ${gpu} setup it measured reaches it (the most was ${setup(most)} at ${rate(most.output_tokens_per_second)}), so plan for more ${gpu}s and measure`;
    });
    text = `${goal}, Lambda's vLLM benchmark gives: ${each.join('; ')}.`;
  } else if (first) {
    const same = runs.filter((r) => r.gpu === first.gpu && r.gpus === first.gpus).map((r) => `${rate(r.output_tokens_per_second)} tokens a second with vLLM ${r.vllm}`);
    const short = runs.filter((r) => r.gpu === first.gpu && r.gpus < first.gpus).sort((a, b) => b.gpus - a.gpus)[0];
    text = `${goal}, the smallest setup Lambda's vLLM benchmark measured that reaches it is ${setup(first)} (${same.join(', ')})${short ? `; ${setup(short)} gave ${rate(short.output_tokens_per_second)}` : ''}.`;
  } else {
    const most = [...runs].sort((a, b) => b.output_tokens_per_second - a.output_tokens_per_second)[0] as Run;
    text = `${goal}, no setup Lambda's vLLM benchmark measured reaches it: the most was ${setup(most)} at ${rate(most.output_tokens_per_second)} tokens a second with vLLM ${most.vllm}, so plan for more GPUs and measure.`;
  }
  const source = t.sources[0];
  return { text: `${text} These are aggregate figures across many concurrent requests.`, cardId: t.card, title: cardTitle(t.card) ?? t.card, url: source?.url ?? null };
}
