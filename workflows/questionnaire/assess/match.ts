import { Bm25Index } from '../../../knowledge/retrieval/bm25.ts';
import type { ChecklistQuestion } from '../../checklist/questions.ts';
import type { Passage, ReadDocument } from '../read/index.ts';
import { CRITERIA, type QuestionCriteria } from './criteria/index.ts';
import { sentences } from './sentences.ts';

/** A sentence that may answer a question, with where it stands. */
export interface Candidate {
  quote: string;
  location: string;
  /** Topic strength: strong cues 2, weak 1; a questionnaire row mapped to the question gets its answers at ROW_SCORE. */
  score: number;
}

/** A sentence must reach this topic score to count as addressing a question. */
export const MIN_TOPIC_SCORE = 2;
const ROW_SCORE = 10;
/** At most this many quotes per question: enough for a reviewer, short enough for a thread. */
export const MAX_QUOTES = 3;

export function topicScore(c: QuestionCriteria, text: string): number {
  return c.strong.filter((re) => re.test(text)).length * 2 + c.weak.filter((re) => re.test(text)).length;
}

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/**
 * The question a questionnaire row asks: our own id or wording first, else the vendor's wording matched by
 * meaning (topic cues of the card's criteria, BM25 over each question with its guidance to break ties).
 * A row on something we do not ask ("Year founded?") maps to nothing.
 */
export function rowQuestion(p: Passage, questions: ChecklistQuestion[], bm25: Bm25Index): string | undefined {
  const id = norm(p.rowId ?? '');
  const byId = questions.find((q) => norm(q.id) === id);
  if (byId) return byId.id;
  const asked = norm(p.question ?? '');
  if (!asked) return undefined;
  const exact = questions.find((q) => norm(q.question) === asked);
  if (exact) return exact.id;
  const lexical = new Map(bm25.search(p.question ?? '').map((h) => [h.index, h.score]));
  const best = Math.max(1e-9, ...lexical.values());
  let pick: { id: string; score: number } | undefined;
  questions.forEach((q, i) => {
    const c = CRITERIA[q.id];
    // The row's question decides; its answer's words help where the question is terse ("Exit arrangements").
    const asks = c ? topicScore(c, p.question ?? '') : 0;
    if (asks + (c ? topicScore(c, p.text) : 0) / 2 < MIN_TOPIC_SCORE) return;
    const topic = asks * 2 + (c ? topicScore(c, p.text) : 0);
    const score = topic + (lexical.get(i) ?? 0) / best;
    if (!pick || score > pick.score) pick = { id: q.id, score };
  });
  return pick?.id;
}

/** Every question's candidate sentences across the documents, strongest first. */
export function matchEvidence(docs: ReadDocument[], questions: ChecklistQuestion[]): Map<string, Candidate[]> {
  const bm25 = new Bm25Index(questions.map((q) => `${q.question} ${q.guidance.goodAnswer} ${q.guidance.redFlags}`));
  const found = new Map<string, Candidate[]>(questions.map((q) => [q.id, []]));
  for (const doc of docs) {
    for (const p of doc.passages) {
      const mapped = p.question || p.rowId ? rowQuestion(p, questions, bm25) : undefined;
      const quotes = sentences(p.text);
      for (const q of questions) {
        const c = CRITERIA[q.id];
        if (!c) continue;
        const scores = quotes.map((s) => topicScore(c, s));
        // A sentence continuing a paragraph about the question ("It does not extend to outputs.") counts one more.
        const context = scores.some((s) => s >= MIN_TOPIC_SCORE) ? 1 : 0;
        quotes.forEach((quote, i) => {
          const own = scores[i] ?? 0;
          const score = q.id === mapped ? ROW_SCORE + own : own + (own > 0 ? context : 0);
          if (score >= MIN_TOPIC_SCORE) found.get(q.id)?.push({ quote, location: p.location, score });
        });
      }
    }
  }
  for (const list of found.values()) list.sort((a, b) => b.score - a.score);
  return found;
}
