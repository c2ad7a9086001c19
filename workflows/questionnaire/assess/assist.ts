import type { ChecklistQuestion } from '../../checklist/questions.ts';
import type { ReadDocument } from '../read/passage.ts';
import { questionEvidence, quotesOf, type Assessment, type ProposedAnswer } from './assess.ts';
import { judge, supportedStatuses, type ProposedStatus } from './judge.ts';
import type { JudgedBy } from '../draft.ts';

/** What a model is asked about one question: the question with its card's criteria, and the numbered sentences. */
export interface JudgeRequest {
  question: ChecklistQuestion;
  /** The candidate sentences, verbatim; the model answers with their numbers (1-based). */
  passages: string[];
  /** The statuses the card's criteria support here: the only ones the model may choose. */
  allowed: ProposedStatus[];
}

/** A model's judgement: a status, the passages (1-based numbers) it rests on, and one sentence of why. */
export interface Judgement {
  status: string;
  quotes: number[];
  reason: string;
}

/** The model port the assessment uses: undefined when the model had nothing usable to say (the rules then decide). */
export type PassageJudge = (request: JudgeRequest) => Promise<Judgement | undefined>;

/** A model's reason is cut here: it is a note for a reviewer, not an essay. */
const MAX_REASON = 300;

/**
 * The rules' assessment with a model's help on each question the documents address. The model sees only the
 * rules' candidate sentences and may only choose a status the card's criteria support (supportedStatuses) and
 * quote those sentences by number, so every quote is still verbatim from the document. Any other answer, a
 * failure or silence leaves the rules' verdict for that question. A question nothing addresses is never asked
 * about: it stays `unanswered`.
 */
export async function assistedAssessment(vendor: string, docs: ReadDocument[], questions: ChecklistQuestion[], ask: PassageJudge): Promise<{ assessment: Assessment; judgedBy: JudgedBy }> {
  const answers: Record<string, ProposedAnswer> = {};
  const judgedBy: JudgedBy = {};
  for (const e of questionEvidence(docs, questions)) {
    const id = e.question.id;
    const sentences = e.candidates.map((c) => c.quote);
    const rules = judge(id, sentences, e.all.map((c) => c.quote));
    answers[id] = { status: rules.status, evidence: quotesOf(e.candidates, rules.decisive), reason: rules.reason };
    judgedBy[id] = 'rules';
    if (!sentences.length) continue;
    const allowed = supportedStatuses(id, sentences, e.all.map((c) => c.quote));
    const said = await ask({ question: e.question, passages: sentences, allowed }).catch(() => undefined);
    const status = allowed.find((s) => s === said?.status);
    const picked = (said?.quotes ?? []).filter((n) => Number.isInteger(n) && n >= 1 && n <= sentences.length).map((n) => n - 1);
    if (!said || !status || (status !== 'unanswered' && !picked.length)) continue;
    const reason = said.reason.replace(/\s+/g, ' ').trim().slice(0, MAX_REASON) || `A model judged it ${status}.`;
    answers[id] = status === 'unanswered'
      ? { status, evidence: [], reason: `The passages found do not answer the question (model): ${reason}` }
      : { status, evidence: quotesOf(e.candidates, picked), reason };
    judgedBy[id] = 'model';
  }
  return { assessment: { vendor, answers }, judgedBy };
}
