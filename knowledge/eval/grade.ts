import type { EvalKind, EvalQuestion, UnanswerableCategory } from './questions.ts';
import { citationSupport, type CitationSupport, type ClaimIndex } from './citation-support.ts';

/** The answer as `ask --json` prints it, as far as the evaluation reads it (`unknown` is optional). */
export interface EvalAnswer {
  answered: boolean;
  answer: string;
  citations: { id: string; n?: number; url?: string | null }[];
  confidence: number;
  /** The named things the engine says the knowledge base does not cover. */
  unknown?: string[];
}

/** What happened to one question. */
export type Outcome =
  | 'right' // answerable, answered, every `must` matched
  | 'wrong-facts' // answerable, answered, some `must` missing
  | 'refused' // answerable, not answered
  | 'declined' // unanswerable, not answered
  | 'named-unknown' // near miss, answered, and `unknown` names every thing it should
  | 'answered-confidently'; // unanswerable, answered without saying what is not covered

export interface GradedAnswer {
  id: string;
  kind?: EvalKind;
  answerable: boolean;
  category?: UnanswerableCategory;
  outcome: Outcome;
  answered: boolean;
  confidence: number;
  /** Regexes of `must` that the answer did not match (answered answerable questions only). */
  missing: string[];
  /** An answered answerable question cites one of its `cards`; undefined when it has no `cards` or was refused. */
  citedCard?: boolean;
  /** Quoted sentences whose citation was checked against the cards' data, and how many cite the right page. */
  support?: CitationSupport;
}

/** Outcomes that count as the engine behaving well. */
export const GOOD_OUTCOMES: ReadonlySet<Outcome> = new Set(['right', 'declined', 'named-unknown']);

// Words and numbers of a name: "Claude Sonnet 4.6" -> claude, sonnet, 4.6; "GPT-4o" -> gpt, 4, o.
const tokens = (s: string) => new Set(s.toLowerCase().match(/[a-z]+|\d+(?:\.\d+)*/g) ?? []);

/**
 * True when one of the engine's `unknown` entries names `term`: every word and number of the term appears in the
 * entry, whatever the case, spacing or punctuation ("sonnet 4.6" is named by "Claude Sonnet 4.6", not by "Sonnet 4.5").
 */
export function namesTerm(entries: readonly string[], term: string): boolean {
  const want = [...tokens(term)];
  if (!want.length) return false;
  return entries.some((entry) => {
    const have = tokens(entry);
    return want.every((t) => have.has(t));
  });
}

/** Grades one answer against its question's labels. */
export function gradeAnswer(question: EvalQuestion, answer: EvalAnswer, claims?: ClaimIndex): GradedAnswer {
  const answerable = question.answerable !== false;
  const base = { id: question.id, kind: question.kind, answerable, category: question.category, answered: answer.answered, confidence: answer.confidence, missing: [] as string[] };
  if (answerable) {
    if (!answer.answered) return { ...base, outcome: 'refused' };
    const missing = (question.must ?? []).filter((m) => !new RegExp(m, 'i').test(answer.answer));
    const citedCard = question.cards ? answer.citations.some((c) => question.cards!.includes(c.id)) : undefined;
    const support = claims ? citationSupport(answer, claims) : undefined;
    return { ...base, missing, citedCard, ...(support ? { support } : {}), outcome: missing.length ? 'wrong-facts' : 'right' };
  }
  if (!answer.answered) return { ...base, outcome: 'declined' };
  const named = question.category === 'near-miss' && (question.unknown ?? []).every((u) => namesTerm(answer.unknown ?? [], u));
  return { ...base, outcome: named ? 'named-unknown' : 'answered-confidently' };
}
