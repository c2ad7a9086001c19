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
  const texts = docs.map((d) => squash(d.text));
  const verbatim = (c: Candidate) => texts.some((t) => t.includes(squash(c.quote)));
  const found = matchEvidence(docs, questions);
  const answers: Record<string, ProposedAnswer> = {};
  for (const q of questions) {
    const seen = new Set<string>();
    const all = (found.get(q.id) ?? []).filter((c) => verbatim(c) && !seen.has(c.quote) && seen.add(c.quote));
    const candidates = all.slice(0, JUDGED);
    const verdict = judge(q.id, candidates.map((c) => c.quote), all.map((c) => c.quote));
    const order = [...new Set([...verdict.decisive, ...candidates.keys()])];
    const evidence = order.slice(0, MAX_QUOTES).map((i) => candidates[i]).filter((c): c is Candidate => !!c).map((c) => ({ quote: c.quote, location: c.location }));
    answers[q.id] = { status: verdict.status, evidence, reason: verdict.reason };
  }
  return { vendor, answers };
}
