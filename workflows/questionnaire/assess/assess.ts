import type { ChecklistQuestion } from '../../checklist/questions.ts';
import type { EvidenceQuote } from '../../store.ts';
import { squash, type ReadDocument } from '../read/passage.ts';
import { judge, type ProposedStatus } from './judge.ts';
import { matchEvidence, MAX_QUOTES, type Candidate } from './match.ts';

export type { ProposedStatus } from './judge.ts';

export type { EvidenceQuote };

export interface ProposedAnswer {
  status: ProposedStatus;
  evidence: EvidenceQuote[];
  reason: string;
}

/** What `checklist assess --json` prints: every one of the twelve ids, in order. */
export interface Assessment {
  vendor: string;
  answers: Record<string, ProposedAnswer>;
}

/** Sentences judged per question: the strongest few, so one stray mention far down cannot outvote the answer. */
const JUDGED = 6;

/**
 * Proposes a status for each checklist question from a vendor's documents, with rules alone (no model): finds
 * the sentences that address the question, judges them against the card's criteria and quotes the decisive
 * ones word for word. A quote is kept only if it is found verbatim in its document's text.
 */
export function assessDocuments(vendor: string, docs: ReadDocument[], questions: ChecklistQuestion[]): Assessment {
  const answers: Record<string, ProposedAnswer> = {};
  for (const e of questionEvidence(docs, questions)) {
    const verdict = judge(e.question.id, e.candidates.map((c) => c.quote), e.all.map((c) => c.quote));
    answers[e.question.id] = { status: verdict.status, evidence: quotesOf(e.candidates, verdict.decisive), reason: verdict.reason };
  }
  return { vendor, answers };
}

/** One question's verbatim candidate sentences: the strongest JUDGED, and all of them (for red flags by absence). */
export interface QuestionEvidence {
  question: ChecklistQuestion;
  candidates: Candidate[];
  all: Candidate[];
}

/** Every question's candidates, each sentence found word for word in its document and given once. */
export function questionEvidence(docs: ReadDocument[], questions: ChecklistQuestion[]): QuestionEvidence[] {
  const texts = docs.map((d) => squash(d.text));
  const verbatim = (c: Candidate) => texts.some((t) => t.includes(squash(c.quote)));
  const found = matchEvidence(docs, questions);
  return questions.map((question) => {
    const seen = new Set<string>();
    const all = (found.get(question.id) ?? []).filter((c) => verbatim(c) && !seen.has(c.quote) && seen.add(c.quote));
    return { question, candidates: all.slice(0, JUDGED), all };
  });
}

/** The quotes shown for a verdict: the sentences that decided it first, then the strongest others, up to MAX_QUOTES. */
export function quotesOf(candidates: Candidate[], first: number[]): EvidenceQuote[] {
  const order = [...new Set([...first, ...candidates.keys()])];
  return order.slice(0, MAX_QUOTES).map((i) => candidates[i]).filter((c): c is Candidate => !!c).map((c) => ({ quote: c.quote, location: c.location }));
}
