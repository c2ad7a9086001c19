import type { Choice, Reply } from '../turn.ts';
import type { ChecklistDraft, DraftAnswer } from '../../workflows/store.ts';
import { STATUS_LABELS, STATUS_RANK } from '../../workflows/checklist/statuses.ts';
import { acceptedAnswer } from '../../workflows/questionnaire/draft.ts';
import { WORKFLOW_ACTIONS } from '../../workflows/actions.ts';
import { AppError, ErrorCode } from '../errors.ts';
import type { FlowContext } from './context.ts';
import { checklistSummaryReply } from './result-replies.ts';
import { untrusted } from '../../workflows/inert/index.ts';
import { formatTimestamp } from '../../workflows/format.ts';
import { bullets, createReply, paragraph, strong, textReply, type Inline } from '../reply-doc.ts';

/** Quotes shown per question in the thread: all of a red flag's (up to the assessment's three), one otherwise. */
const QUOTES_SHOWN: Record<DraftAnswer['status'], number> = { 'red-flag': 3, concern: 1, satisfactory: 1, unanswered: 0 };
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function ordered(ctx: FlowContext, answers: DraftAnswer[]): { a: DraftAnswer; order: number; question: string }[] {
  const byId = new Map(ctx.questions.map((q) => [q.id, q]));
  return answers
    .filter((a) => byId.has(a.questionId))
    .map((a) => ({ a, order: byId.get(a.questionId)!.order, question: byId.get(a.questionId)!.question }))
    .sort((x, y) => STATUS_RANK[x.a.status] - STATUS_RANK[y.a.status] || x.order - y.order);
}

/**
 * One question's proposal as a list item: the question, the rules' (or model's) reason, then the vendor's words,
 * verbatim and inert, each with where it was found.
 */
function proposalItem(p: { a: DraftAnswer; order: number; question: string }): Inline[] {
  const quotes = p.a.quotes.slice(0, QUOTES_SHOWN[p.a.status]).map((q) => ` · "${untrusted(q.quote)}" (${untrusted(q.location)})`);
  const by = p.a.judgedBy === 'model' ? ' (model-assisted)' : '';
  return [`Q${p.order}. ${p.question}: ${untrusted(p.a.reason)}${by}`, ...quotes];
}

/**
 * The draft as the conversation sees it: red flags first, each with its quotes; then concerns, satisfactory and
 * what the documents do not address. Choices: accept every proposal, or open one question (the checklist step,
 * with the proposal pre-selected) to change its status and notes.
 */
export function draftSummaryReply(ctx: FlowContext, draft: ChecklistDraft, lead?: string): Reply {
  const rows = ordered(ctx, draft.answers);
  const count = (s: DraftAnswer['status']) => rows.filter((r) => r.a.status === s).length;
  const name = untrusted(draft.vendor);
  const files = draft.documents.map((d) => untrusted(d)).join(', ');
  const doc = [
    ...(lead ? [paragraph(lead)] : []),
    paragraph(strong(`Proposed answers for ${name}`), ` from ${files}: a draft. Nothing counts as answered until someone here accepts it.`),
    paragraph(`${plural(count('red-flag'), 'red flag')}, ${plural(count('concern'), 'concern')}, ${count('satisfactory')} satisfactory, ${count('unanswered')} not addressed by the documents.`),
  ];
  const titles: Record<DraftAnswer['status'], string> = { 'red-flag': 'Red flags', concern: 'Concerns', satisfactory: 'Satisfactory', unanswered: 'Not addressed by the documents' };
  const sections = (Object.keys(titles) as DraftAnswer['status'][])
    .map((s) => ({ title: titles[s], items: rows.filter((r) => r.a.status === s).map(proposalItem) }))
    .filter((s) => s.items.length)
    .map((s) => ({ title: s.title, doc: [bullets(s.items)] }));
  const choices: Choice[] = [
    { action: WORKFLOW_ACTIONS.run, label: 'Accept all', value: { workflow: 'checklist', action: 'accept', vendor: draft.vendor }, style: 'primary' },
    ...rows.map((r) => ({
      action: WORKFLOW_ACTIONS.run,
      label: `Review Q${r.order}: ${STATUS_LABELS[r.a.status]}`,
      value: { workflow: 'checklist' as const, action: 'start' as const, vendor: draft.vendor, questionId: r.a.questionId },
    })),
  ];
  return createReply({ kind: 'workflow', doc, sections, choices });
}

/** `checklist review`: the vendor's draft again, or a plain answer that none is waiting. */
export async function reviewDraft(ctx: FlowContext, vendor: string): Promise<Reply> {
  const draft = await ctx.store.getDraft(ctx.conversation, vendor);
  if (!draft) return textReply('info', `No proposals are waiting for review for ${untrusted(vendor)} in this conversation.`);
  return draftSummaryReply(ctx, draft);
}

/**
 * "Accept all": every proposal becomes an answer by the person who pressed it, now, with its quotes and trail.
 * A question a person has already answered keeps that answer; its proposal stays in the draft to review alone.
 */
export async function acceptDraft(ctx: FlowContext, vendor: string): Promise<Reply> {
  const draft = await ctx.store.getDraft(ctx.conversation, vendor);
  if (!draft) throw new AppError(ErrorCode.NotFound, `proposals waiting for review for ${untrusted(vendor)} in this conversation`);
  const list = await ctx.store.getChecklist(ctx.conversation, vendor);
  const answered = new Set((list?.answers ?? []).filter((a) => a.status !== 'unanswered').map((a) => a.questionId));
  const at = ctx.now().toISOString();
  const known = new Set(ctx.questions.map((q) => q.id));
  const take = draft.answers.filter((a) => known.has(a.questionId) && !answered.has(a.questionId));
  const kept = draft.answers.filter((a) => answered.has(a.questionId));
  await ctx.store.acceptDraftAnswers(ctx.conversation, vendor, take.map((a) => acceptedAnswer(draft, a, ctx.author, at)));
  ctx.logger.info({ accepted: take.length, kept: kept.length }, 'questionnaire draft accepted');
  const who = untrusted(ctx.author.name ?? ctx.author.id);
  const lead = [
    `${who} accepted ${plural(take.length, 'proposal')} for ${untrusted(draft.vendor)} at ${formatTimestamp(new Date(at))}.`,
    kept.length ? `${plural(kept.length, 'question')} already had a person's answer, kept as it was; review ${kept.length === 1 ? 'its proposal' : 'their proposals'} one by one.` : '',
  ].filter(Boolean).join(' ');
  const updated = await ctx.store.getChecklist(ctx.conversation, vendor);
  const reply = checklistSummaryReply(ctx, updated!, undefined, lead);
  if (kept.length) {
    const rows = ordered(ctx, kept);
    reply.choices = [
      ...rows.map((r) => ({ action: WORKFLOW_ACTIONS.run, label: `Review Q${r.order}: ${STATUS_LABELS[r.a.status]}`, value: { workflow: 'checklist' as const, action: 'start' as const, vendor: draft.vendor, questionId: r.a.questionId } })),
      ...(reply.choices ?? []),
    ];
  }
  return reply;
}
