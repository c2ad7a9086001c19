import type { Citation } from '../turn.ts';
import type { Retriever, RetrievedChunk } from '../../knowledge/retrieval/retriever.ts';
import { markdownClaims } from '../../knowledge/claims/claims.ts';
import { coverageOf } from '../../knowledge/entities/coverage.ts';
import { terms } from '../../knowledge/retrieval/text/tokenize.ts';
import type { QuestionAnalysis } from './question.ts';
import { questionWeights } from './weights.ts';
import { nearDuplicate } from './compose.ts';
import { appendCited, compactCitations } from './citations.ts';

/** A one-line answer that leads the reply, with the page that supports it. */
export interface Verdict {
  text: string;
  cardId: string;
  title: string;
  url: string | null;
}

/** A supporting sentence sharing this much of the verdict's words restates it. */
const RESTATES = 0.6;

/** Share of the core's weight a card verdict's question must cover to be taken as the answer. */
const MATCH_SHARE = 0.55;
/** Cards whose verdicts are considered: the best few retrieved. */
const CARDS = 3;

/**
 * The card verdict that settles a yes/no or should-we question: among the verdicts of the best retrieved cards,
 * the one whose question covers most of the core (and names nothing the core contradicts). Undefined when none
 * matches well enough: the reply then gives the facts without a verdict rather than a guessed one.
 */
export function findVerdict(analysis: QuestionAnalysis, hits: RetrievedChunk[], retriever: Retriever): Verdict | undefined {
  if (analysis.kind !== 'yes-no' && analysis.kind !== 'should') return undefined;
  const { weights, total } = questionWeights(analysis, retriever);
  if (!total) return undefined;
  const catalogue = coverageOf(retriever.chunks).catalogue;
  const asked = new Set(catalogue.mentions(analysis.core).map((m) => m.entry?.name).filter(Boolean));
  const cards = [...new Set(hits.map((h) => h.chunk.cardId))].slice(0, CARDS);
  let best: { score: number; verdict: Verdict } | undefined;
  for (const cardId of cards) {
    const summary = retriever.chunk(`${cardId}#summary`);
    for (const v of summary?.verdicts ?? []) {
      const vTerms = new Set(terms(v.question));
      const score = [...weights].reduce((a, [t, w]) => a + (vTerms.has(t) ? w : 0), 0) / total;
      // A verdict about another named thing ("Llama 3") does not answer a question naming "Llama 4".
      const named = catalogue.mentions(v.question).map((m) => m.entry?.name).filter(Boolean);
      if (asked.size && named.length && !named.some((n) => asked.has(n))) continue;
      if (score < MATCH_SHARE || (best && best.score >= score)) continue;
      const claim = markdownClaims(v.verdict)[0];
      const source = summary?.sources.find((s) => claim?.sources.includes(s.id ?? '')) ?? summary?.sources[0];
      best = { score, verdict: { text: claim?.text ?? v.verdict, cardId, title: summary?.title ?? cardId, url: source?.url ?? null } };
    }
  }
  return best?.verdict;
}

/** Puts the verdict first, then the supporting sentences, renumbering citations so each page keeps one number. */
export function withVerdict(verdict: Verdict, composition: { answer: string; citations: Citation[] }): { answer: string; citations: Citation[] } {
  const lead: Citation = { n: 1, id: verdict.cardId, title: verdict.title, url: verdict.url };
  const merged = appendCited([lead], { text: composition.answer, citations: composition.citations });
  // The verdict already states the fact a supporting sentence may restate ("Commercial use of Llama 4 is
  // allowed..." after "Yes, on conditions: ..."): such a sentence is dropped, never said twice.
  const parts = [...merged.text.matchAll(/(.+?)\s*\[(\d+)\]\s*/g)]
    .filter((m) => !nearDuplicate(m[1] ?? '', verdict.text, RESTATES))
    .map((m) => `${(m[1] ?? '').trim()} [${m[2]}]`);
  // A dropped sentence may take a citation with it: numbers stay 1..n in order of use.
  const { text, citations } = compactCitations([`${verdict.text} [1]`, ...parts].join(' '), merged.citations);
  return { answer: text, citations };
}
