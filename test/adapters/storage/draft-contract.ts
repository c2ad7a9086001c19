import { describe, expect, it } from 'vitest';
import type { ChecklistDraft, Conversation, Store } from '../../../workflows/store.ts';

const HERE: Conversation = { platform: 'slack', tenant: 'T-drafts', channel: 'C-review' };
const ELSEWHERE: Conversation = { ...HERE, channel: 'C-other' };
const OTHER_TENANT: Conversation = { ...HERE, tenant: 'T-drafts-2' };
const sender = { id: 'U-sender', name: 'Sam Sender' };
const reviewer = { id: 'U-reviewer', name: 'Rita Reviewer' };

function draft(vendor: string, extra: Partial<ChecklistDraft> = {}): ChecklistDraft {
  return {
    vendor,
    documents: ['dpa.pdf', 'answers.xlsx'],
    thread: '1700000000.000100',
    sharedBy: sender,
    proposedAt: '2026-03-04T10:00:00.000Z',
    answers: [
      { questionId: 'data-use', status: 'red-flag', reason: 'Red flag on the card: opt-out training.', quotes: [{ quote: 'We train on prompts unless you opt out.', location: 'dpa.pdf, page 2' }], judgedBy: 'rules' },
      { questionId: 'exit', status: 'satisfactory', reason: 'Meets the card.', quotes: [{ quote: 'Export within 30 days.', location: 'answers.xlsx, sheet A, cell C4' }], judgedBy: 'model' },
      { questionId: 'incidents', status: 'unanswered', reason: 'The documents do not address this question.', quotes: [], judgedBy: 'rules' },
    ],
    ...extra,
  };
}

/** Part of the Store contract (issue 14): questionnaire drafts wait apart from answers until a person accepts them. */
export function draftContract(storeOf: () => Store): void {
  describe('questionnaire drafts', () => {
    it('keeps a draft apart from the answers, in its conversation only', async () => {
      const store = storeOf();
      await store.saveDraft(HERE, draft('Draft Co'));
      const read = await store.getDraft(HERE, 'draft  co');
      expect(read).toMatchObject({ vendor: 'Draft Co', documents: ['dpa.pdf', 'answers.xlsx'], thread: '1700000000.000100', sharedBy: sender });
      expect(read?.answers.map((a) => [a.questionId, a.status, a.judgedBy])).toEqual([['data-use', 'red-flag', 'rules'], ['exit', 'satisfactory', 'model'], ['incidents', 'unanswered', 'rules']]);
      expect(read?.answers[0]?.quotes).toEqual([{ quote: 'We train on prompts unless you opt out.', location: 'dpa.pdf, page 2' }]);
      // Nothing proposed counts as answered: the checklist exists, with no answers.
      expect((await store.getChecklist(HERE, 'Draft Co'))?.answers).toEqual([]);
      expect(await store.getDraft(ELSEWHERE, 'Draft Co')).toBeUndefined();
      expect(await store.getDraft(OTHER_TENANT, 'Draft Co')).toBeUndefined();
      expect((await store.listDrafts(HERE)).map((d) => d.vendor)).toContain('Draft Co');
      expect(await store.listDrafts(ELSEWHERE)).toEqual([]);
    });

    it('a new assessment replaces the vendor\'s draft', async () => {
      const store = storeOf();
      await store.saveDraft(HERE, draft('Replace Co'));
      await store.saveDraft(HERE, draft('Replace Co', { documents: ['v2.docx'], answers: [{ questionId: 'exit', status: 'concern', reason: 'Partial.', quotes: [], judgedBy: 'rules' }] }));
      const read = await store.getDraft(HERE, 'Replace Co');
      expect(read?.documents).toEqual(['v2.docx']);
      expect(read?.answers.map((a) => a.questionId)).toEqual(['exit']);
    });

    it('accepting records the reviewer, the quotes and the trail, and ends those proposals only', async () => {
      const store = storeOf();
      await store.saveDraft(HERE, draft('Accept Co'));
      const trail = { proposedStatus: 'red-flag' as const, reason: 'Red flag on the card: opt-out training.', judgedBy: 'rules' as const, documents: ['dpa.pdf'], sharedBy: sender, proposedAt: '2026-03-04T10:00:00.000Z' };
      await store.acceptDraftAnswers(HERE, 'Accept Co', [
        { questionId: 'data-use', status: 'concern', notes: 'Opt-out is contractual for us', answeredBy: reviewer, answeredAt: '2026-03-04T11:00:00.000Z', quotes: [{ quote: 'We train on prompts unless you opt out.', location: 'dpa.pdf, page 2' }], review: trail },
      ]);
      const list = await store.getChecklist(HERE, 'Accept Co');
      expect(list?.answers).toEqual([{
        questionId: 'data-use', status: 'concern', notes: 'Opt-out is contractual for us', answeredBy: reviewer, answeredAt: '2026-03-04T11:00:00.000Z',
        quotes: [{ quote: 'We train on prompts unless you opt out.', location: 'dpa.pdf, page 2' }], review: trail,
      }]);
      expect((await store.getDraft(HERE, 'Accept Co'))?.answers.map((a) => a.questionId)).toEqual(['exit', 'incidents']);
      // A person answering a question the ordinary way also ends its proposal.
      await store.recordChecklistAnswer(HERE, 'Accept Co', { questionId: 'exit', status: 'satisfactory', answeredBy: reviewer, answeredAt: '2026-03-04T11:05:00.000Z' });
      expect((await store.getDraft(HERE, 'Accept Co'))?.answers.map((a) => a.questionId)).toEqual(['incidents']);
      await store.acceptDraftAnswers(HERE, 'Accept Co', [{ questionId: 'incidents', status: 'unanswered', answeredBy: reviewer, answeredAt: '2026-03-04T11:06:00.000Z' }]);
      expect(await store.getDraft(HERE, 'Accept Co')).toBeUndefined();
    });

    it('an accept that fails part-way records nothing', async () => {
      const store = storeOf();
      await store.saveDraft(HERE, draft('Atomic Co'));
      const bad = { questionId: 'exit', status: 'satisfactory' as const, answeredBy: { id: null as unknown as string }, answeredAt: '2026-03-04T11:00:00.000Z' };
      await expect(store.acceptDraftAnswers(HERE, 'Atomic Co', [
        { questionId: 'data-use', status: 'red-flag', answeredBy: reviewer, answeredAt: '2026-03-04T11:00:00.000Z' },
        bad,
      ])).rejects.toThrow();
      expect((await store.getChecklist(HERE, 'Atomic Co'))?.answers).toEqual([]);
      expect((await store.getDraft(HERE, 'Atomic Co'))?.answers).toHaveLength(3);
    });
  });
}
