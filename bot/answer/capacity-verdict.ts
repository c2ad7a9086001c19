import { cardTitle } from '../../knowledge/load-cards.ts';
import { loadPrices, type Prices } from '../../workflows/decision/prices.ts';
import { normalizeName } from '../../knowledge/entities/normalize.ts';
import { countValue, countWord, TYPED_COUNT } from '../../workflows/format.ts';
import type { Verdict } from './verdict.ts';
import { joinAnd } from './price-wording.ts';

type Run = Prices['vllm_throughput']['runs'][number];

/** A target rate: "2k tokens/sec", "~2,000 tok/s", "1500 tokens per second", "3k tps". */
const RATE = /(?:~|about |around |roughly )?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(k)?\s*(?:output\s+)?(?:tokens?\s?(?:\/\s?(?:s|sec|second)\b|per\s+sec(?:ond)?\b|a\s+second\b|each\s+second\b)|tok\/s\b|tps\b|t\/s\b)/i;
/** Words that ask how many GPUs a load needs, or whether a number of them is enough ("are 2 h100s enough…?"). */
const ASKS_SIZE = /\bhow many\b|\benough\b|\bdo (?:we|i) need (?:\d+|two|three|four|eight)\b|\bsiz(e|ing)\b|\bnumber of (gpus?|cards|h100s|a100s)\b|\b(gpus?|cards|h100s|a100s) (do|would|will) (we|i) need\b|\bcapacity\b/i;

/** A verdict from the benchmark's runs, with what its figures are, cited to the vLLM card's benchmark source. */
function benchmarkVerdict(text: string): Verdict {
  const t = loadPrices().vllm_throughput;
  return { text: `${text} These are aggregate figures across many concurrent requests.`, cardId: t.card, title: cardTitle(t.card) ?? t.card, url: t.sources[0]?.url ?? null };
}

/** A GPU's family as a message types it: "A100" of "A100-80GB". */
const familyOf = (gpu: string) => gpu.split('-')[0] ?? gpu;

/** The model the benchmark measured that a message names ("Llama 3.1 70B"), which the catalogue may hold only as a family. */
function benchmarkedModel(question: string, runs: readonly Run[]): string | undefined {
  const asked = normalizeName(question);
  return [...new Set(runs.map((r) => r.model))].find((m) => asked.includes(normalizeName(m)));
}

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
  const chosen = setupChoice(question);
  if (chosen) return chosen;
  if (!ASKS_SIZE.test(question)) return undefined;
  const target = readRate(question);
  if (target === undefined) return undefined;
  const t = loadPrices().vllm_throughput;
  // The model as the runs name it ("Llama 3.1 70B"), which the catalogue may hold only as a family ("Llama 3.1").
  const model = benchmarkedModel(question, t.runs);
  if (!model) return undefined;
  // A GPU the message names narrows the runs ("on h100s"); otherwise every GPU measured for the model counts.
  const gpus = [...new Set(t.runs.map((r) => r.gpu))].filter((g) => new RegExp(`\\b${familyOf(g)}s?\\b`, 'i').test(question));
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
  return benchmarkVerdict(text);
}

/** Two or more counted setups set against each other: "2 h100s or 4 a100s", "4x a100 vs 2x h100", "which of". */
const SETUPS_WEIGHED = /\b(?:or|vs\.?|versus|which)\b/i;

/**
 * A choice between counted setups for a target rate: "do we go with 2 h100s or 4 a100s for llama 3.1 70b at ~1,500
 * tok/s?" is answered "Two H100s reach it, four A100s do not: for about 1,500 output tokens a second on Llama 3.1 70B,
 * two H100s gave 1,728 tokens a second (vLLM 0.5.4) and four A100s 957 (vLLM 0.5.4)." Each setup at its best measured
 * run; a setup the benchmark never measured is said to be unmeasured. Undefined unless two setups are counted.
 */
function setupChoice(question: string): Verdict | undefined {
  const target = readRate(question);
  if (target === undefined || !SETUPS_WEIGHED.test(question)) return undefined;
  const t = loadPrices().vllm_throughput;
  const model = benchmarkedModel(question, t.runs);
  if (!model) return undefined;
  const families = [...new Set(t.runs.filter((r) => r.model === model).map((r) => familyOf(r.gpu)))];
  const typed = new RegExp(String.raw`\b${TYPED_COUNT}\s?(?:x\s?)?(${families.join('|')})s?\b`, 'gi');
  const setups = [...new Map([...question.matchAll(typed)].map((m) => {
    const gpus = countValue(m[1] ?? '');
    const family = families.find((f) => f.toLowerCase() === (m[2] ?? '').toLowerCase()) ?? '';
    return [`${gpus} ${family}`, { gpus, family }] as const;
  })).values()];
  if (setups.length < 2) return undefined;
  const each = setups.map(({ gpus, family }) => {
    const best = t.runs.filter((r) => r.model === model && familyOf(r.gpu) === family && r.gpus === gpus).sort((a, b) => b.output_tokens_per_second - a.output_tokens_per_second)[0];
    const name = `${countWord(gpus)} ${family}${gpus > 1 ? 's' : ''}`;
    return { name, best, reaches: best !== undefined && best.output_tokens_per_second >= target };
  });
  const said = (e: (typeof each)[number]) => (e.best ? `${e.name} ${rate(e.best.output_tokens_per_second)} (vLLM ${e.best.vllm})` : `${e.name} were not measured`);
  const yes = each.filter((e) => e.reaches);
  const no = each.filter((e) => e.best && !e.reaches);
  // "One H100 reaches it", "two H100s reach it".
  const plural = (xs: typeof each) => xs.length > 1 || !/^one /.test(xs[0]?.name ?? '');
  const names = (xs: typeof each) => joinAnd(xs.map((e) => e.name));
  const lead = yes.length && no.length ? `${names(yes)} ${plural(yes) ? 'reach' : 'reaches'} it, ${names(no)} ${plural(no) ? 'do' : 'does'} not` : yes.length ? `Both reach it` : no.length ? `Neither reaches it` : `Lambda's benchmark did not measure these setups`;
  const capital = lead.charAt(0).toUpperCase() + lead.slice(1);
  return benchmarkVerdict(`${capital}: for about ${rate(target)} output tokens a second on ${model}, Lambda's vLLM benchmark gave ${joinAnd(each.map(said))} tokens a second at best.`);
}

/** Words asking how fast a setup runs: "throughput", "tokens per sec", "tok/s", "how fast". */
const ASKS_SPEED = /\b(?:throughput|tokens?\s?(?:\/|per|a)\s?(?:s|sec|second)\b|tok\/s|tps\b|how fast|speed)/i;

/**
 * What a counted setup of GPUs ran at in Lambda's benchmark: "llama 3.1 70b on 4 h100, tok/s?" (or "4 of them?" after
 * a question on one H100) is answered "In Lambda's vLLM benchmark, Llama 3.1 70B on four H100s reached 2,243 tokens a
 * second with vLLM 0.5.4 and 3,543 with vLLM 0.6.0." Only for two GPUs or more of one GPU the benchmark measured for the
 * model; a count it did not measure is said to be unmeasured. Anything else is left to the cards.
 */
export function throughputVerdict(question: string): Verdict | undefined {
  if (readRate(question) !== undefined || !ASKS_SPEED.test(question)) return undefined;
  const t = loadPrices().vllm_throughput;
  const model = benchmarkedModel(question, t.runs);
  if (!model) return undefined;
  const families = [...new Set(t.runs.filter((r) => r.model === model).map((r) => familyOf(r.gpu)))];
  // Each count typed before a GPU ("4x h100"), and before the GPU a comparison of counts ends on ("1 vs 4 h100s").
  const countsOf = (family: string) => {
    const typed = [...question.matchAll(new RegExp(String.raw`\b${TYPED_COUNT}(?:\s*(?:x|×)?\s*${family}s?\b|\s+(?:vs\.?|versus|or|and|to)\s+(?=\d{1,2}\s*(?:x|×)?\s*${family}s?\b))`, 'gi'))];
    return [...new Set(typed.map((m) => countValue(m[1] ?? '')))].filter((n) => n >= 1);
  };
  const counted = families.flatMap((family) => {
    const ns = countsOf(family);
    return ns.length > 1 || (ns[0] ?? 0) >= 2 ? [{ family, ns }] : [];
  });
  if (counted.length !== 1) return undefined;
  const { family, ns } = counted[0]!;
  const ofFamily = t.runs.filter((r) => r.model === model && familyOf(r.gpu) === family);
  const runsAt = (n: number) => ofFamily.filter((r) => r.gpus === n).sort((a, b) => a.vllm.localeCompare(b.vllm));
  const speedsOf = (runs: Run[]) => runs.map((r, i) => `${rate(r.output_tokens_per_second)}${i ? '' : ' tokens a second'} with vLLM ${r.vllm}`).join(' and ');
  if (ns.length > 1) {
    // "1 vs 4 h100s": each count measured, side by side.
    const each = ns.map((n) => ({ n, runs: runsAt(n) })).filter((x) => x.runs.length);
    if (each.length < 2) return undefined;
    const parts = each.map((x) => `${speedsOf(x.runs)} on ${setup(x.runs[0]!)}`);
    return benchmarkVerdict(`In Lambda's vLLM benchmark, ${model} reached ${parts.slice(0, -1).join('; ')}, against ${parts.at(-1)}.`);
  }
  const n = ns[0]!;
  const runs = runsAt(n);
  const first = runs[0];
  if (!first) {
    // A count the benchmark did not measure ("on 8 h100s") is said to be unmeasured, with the counts it did measure.
    const most = [...ofFamily].sort((a, b) => b.output_tokens_per_second - a.output_tokens_per_second)[0];
    if (!most) return undefined;
    const counts = [...new Set([...ofFamily].sort((a, b) => a.gpus - b.gpus).map((r) => countWord(r.gpus)))];
    return benchmarkVerdict(`Lambda's vLLM benchmark has no figure for ${model} on ${countWord(n)} ${family}s: it measured ${counts.slice(0, -1).join(', ')}${counts.length > 1 ? ' and ' : ''}${counts.at(-1)}, the most ${setup(most)} at ${rate(most.output_tokens_per_second)} tokens a second with vLLM ${most.vllm}.`);
  }
  return benchmarkVerdict(`In Lambda's vLLM benchmark, ${model} on ${setup(first)} reached ${speedsOf(runs)}.`);
}
