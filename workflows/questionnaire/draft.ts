import type { AnswerReview, Author, ChecklistAnswer, ChecklistDraft, DraftAnswer } from '../store.ts';
import type { Assessment } from './assess/assess.ts';

/** How each question's proposal was judged: by the rules, or by a model whose verdict the rules allowed. */
export type JudgedBy = Record<string, 'rules' | 'model'>;

export interface DraftOrigin {
  documents: string[];
  sharedBy: Author;
  proposedAt: string;
  thread?: string;
  judgedBy?: JudgedBy;
}

/** An assessment as a draft on the vendor's checklist: every question proposed, none answered. */
export function draftOf(assessment: Assessment, origin: DraftOrigin): ChecklistDraft {
  const answers: DraftAnswer[] = Object.entries(assessment.answers).map(([questionId, a]) => ({
    questionId,
    status: a.status,
    reason: a.reason,
    quotes: a.evidence,
    judgedBy: origin.judgedBy?.[questionId] ?? 'rules',
  }));
  return {
    vendor: assessment.vendor,
    documents: origin.documents,
    ...(origin.thread ? { thread: origin.thread } : {}),
    sharedBy: origin.sharedBy,
    proposedAt: origin.proposedAt,
    answers,
  };
}

/** The trail an answer keeps of the proposal it was reviewed from. */
export function reviewOf(draft: ChecklistDraft, proposal: DraftAnswer): AnswerReview {
  return {
    proposedStatus: proposal.status,
    reason: proposal.reason,
    judgedBy: proposal.judgedBy,
    documents: draft.documents,
    sharedBy: draft.sharedBy,
    proposedAt: draft.proposedAt,
  };
}

/** A proposal accepted as it stands: the reviewer becomes the one who answered, at `at`. */
export function acceptedAnswer(draft: ChecklistDraft, proposal: DraftAnswer, reviewer: Author, at: string): ChecklistAnswer {
  return {
    questionId: proposal.questionId,
    status: proposal.status,
    answeredBy: reviewer,
    answeredAt: at,
    ...(proposal.quotes.length ? { quotes: proposal.quotes } : {}),
    review: reviewOf(draft, proposal),
  };
}
