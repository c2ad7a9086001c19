import type { AnswerInput, Step } from '../steps.ts';
import type { Author, ChecklistAnswer, ChecklistDraft, Conversation, DraftAnswer, Scope, Store, WorkflowRun } from '../store.ts';
import { vendorKey } from '../store.ts';
import type { ChecklistQuestion } from '../checklist/questions.ts';
import type { ChecklistStepValue } from '../checklist/answer.ts';
import { stepsOf } from './steps-of.ts';
import { reviewOf } from '../questionnaire/draft.ts';
import { FROM_MESSAGE_STEP, KEEP_WORDS, keepAnswer, prefillOf, type Prefill } from '../decision/prefill.ts';

/**
 * Runs workflows over the Store: start, answer, cancel. Pure logic plus store calls; replies are built in
 * bot/workflows/. The checklist's progress lives in the vendor checklist itself, so a run can always be
 * rebuilt from recorded answers, and every answer is one transaction (Store.recordStep).
 */
export interface RunnerContext {
  store: Store;
  /** The workspace: reading a run by id (the service then checks it is this conversation's). */
  scope: Scope;
  /** Where the turn happened: checklists and every run write are bound to it. */
  conversation: Conversation;
  questions: ChecklistQuestion[];
  /** The checklist run's draft, when one waits for review: its proposals are offered and kept with the answer. */
  draft?: ChecklistDraft;
}

/** The draft's proposal for a checklist run's question, if the context holds that vendor's draft. */
export function proposalFor(ctx: RunnerContext, run: WorkflowRun, questionId: string | undefined): DraftAnswer | undefined {
  if (run.kind !== 'checklist' || !ctx.draft || !questionId || vendorKey(ctx.draft.vendor) !== vendorKey(run.subject ?? '')) return undefined;
  return ctx.draft.answers.find((a) => a.questionId === questionId);
}

/** Where in the conversation a run starts: its thread, if any (a thread belongs to the conversation's channel). */
export interface Place {
  thread?: string;
}

export type AnswerOutcome =
  | { ok: true; run: WorkflowRun; step: Step; value: unknown; finished: boolean; note?: string }
  | { ok: false; run: WorkflowRun; step?: Step; error: string };

/**
 * Starts a decision run; with `prefill` (inputs read from a message) the run keeps them as one record, so every
 * step can offer its value from the message to keep or correct, and the record can say where each answer came from.
 */
export async function startDecision(ctx: RunnerContext, place: Place, by: Author, prefill?: Prefill, now = new Date()): Promise<WorkflowRun> {
  const first = stepsOf('decision', ctx.questions)[0]?.id;
  const run = await ctx.store.createRun(ctx.scope, { kind: 'decision', channel: ctx.conversation.channel, ...place, currentStep: first, startedBy: by });
  if (!prefill || !Object.keys(prefill).length) return run;
  return ctx.store.recordStep(ctx.conversation, { runId: run.id, answer: { stepId: FROM_MESSAGE_STEP, value: prefill, author: by, answeredAt: now.toISOString() }, next: { currentStep: first } });
}

/** Words that keep a draft's proposal; not "ok", which is already a status alias (satisfactory). */
const KEEP_PROPOSAL = /^(keep|keep it|accept|accept it|as proposed)[.!]?$/i;

/** "keep" at a step pre-filled from a message (or proposed by a draft) answers it with that value. */
function keptAnswer(run: WorkflowRun, stepId: string, input: AnswerInput, proposal?: DraftAnswer): AnswerInput {
  if (proposal) return KEEP_PROPOSAL.test(input.answer.trim()) ? { ...input, answer: proposal.status } : input;
  if (run.kind !== 'decision' || !KEEP_WORDS.test(input.answer.trim())) return input;
  const from = prefillOf(run)?.[stepId as keyof Prefill];
  return from ? { ...input, answer: keepAnswer(from.value) } : input;
}

/** The first question at or after `fromOrder` (in order) that the vendor has not answered yet. */
function nextOpenQuestion(questions: ChecklistQuestion[], answered: Set<string>, fromOrder: number): string | undefined {
  return questions.find((q) => q.order >= fromOrder && !answered.has(q.id))?.id;
}

async function answeredIds(ctx: RunnerContext, vendor: string): Promise<Set<string>> {
  const list = await ctx.store.getChecklist(ctx.conversation, vendor);
  return new Set((list?.answers ?? []).filter((a) => a.status !== 'unanswered').map((a) => a.questionId));
}

/**
 * Continues this conversation's active run for the vendor, or starts one at the first open question (or at
 * `fromQuestion`). Returns no run when every question already has an answer and none was asked for.
 */
export async function startChecklist(ctx: RunnerContext, place: Place, vendor: string, by: Author, fromQuestion?: string): Promise<{ run?: WorkflowRun; resumed: boolean }> {
  const active = (await ctx.store.listRuns(ctx.scope, { kind: 'checklist', subject: vendor, status: 'active', channel: ctx.conversation.channel }))[0];
  if (active && !fromQuestion) return { run: active, resumed: true };
  await ctx.store.ensureChecklist(ctx.conversation, vendor, by);
  const start = fromQuestion ?? nextOpenQuestion(ctx.questions, await answeredIds(ctx, vendor), 0);
  if (!start) return { resumed: false };
  if (active) return { run: await ctx.store.updateRun(ctx.conversation, active.id, { currentStep: start }), resumed: true };
  const run = await ctx.store.createRun(ctx.scope, { kind: 'checklist', subject: vendor, channel: ctx.conversation.channel, ...place, currentStep: start, startedBy: by });
  return { run, resumed: false };
}

/** Validates and records one answer, then moves the run to its next open step (or finishes it). */
export async function answerStep(ctx: RunnerContext, run: WorkflowRun, stepId: string, input: AnswerInput, by: Author, now = new Date()): Promise<AnswerOutcome> {
  const steps = stepsOf(run.kind, ctx.questions);
  const step = steps.find((s) => s.id === stepId);
  if (run.status !== 'active') return { ok: false, run, error: `this ${run.kind} is already ${run.status}` };
  if (!step) return { ok: false, run, error: `"${stepId}" is not a step of this ${run.kind}` };
  const proposal = proposalFor(ctx, run, stepId);
  const parsed = step.parse(keptAnswer(run, stepId, input, proposal));
  if (!parsed.ok) return { ok: false, run, step, error: parsed.error };

  const answeredAt = now.toISOString();
  let next: string | undefined;
  let checklist: { vendor: string; answer: ChecklistAnswer } | undefined;
  if (run.kind === 'decision') {
    const done = new Set([...run.answers.map((a) => a.stepId), stepId]);
    next = steps.find((s) => !done.has(s.id))?.id;
  } else {
    const vendor = run.subject ?? '';
    const v = parsed.value as ChecklistStepValue;
    // A question answered from a draft keeps the proposal's quotes and the trail of what was proposed.
    const reviewed = proposal && ctx.draft ? { ...(proposal.quotes.length ? { quotes: proposal.quotes } : {}), review: reviewOf(ctx.draft, proposal) } : {};
    checklist = { vendor, answer: { questionId: stepId, status: v.status, ...(v.notes ? { notes: v.notes } : {}), ...(v.evidence ? { evidence: v.evidence } : {}), answeredBy: by, answeredAt, ...reviewed } };
    const answered = await answeredIds(ctx, vendor);
    answered.add(stepId);
    const order = ctx.questions.find((q) => q.id === stepId)?.order ?? 0;
    // Only the current step moves the run on; re-answering an earlier question (a stale button) keeps its place.
    next = stepId === run.currentStep ? nextOpenQuestion(ctx.questions, answered, order + 1) : run.currentStep;
  }
  const finished = next === undefined;
  const updated = await ctx.store.recordStep(ctx.conversation, {
    runId: run.id,
    answer: { stepId, value: parsed.value, author: by, answeredAt },
    next: finished ? { currentStep: null, status: 'completed' } : { currentStep: next },
    ...(checklist ? { checklist } : {}),
  });
  return { ok: true, run: updated, step, value: parsed.value, finished, ...(parsed.note ? { note: parsed.note } : {}) };
}

export function cancelRun(ctx: RunnerContext, run: WorkflowRun): Promise<WorkflowRun> {
  return ctx.store.updateRun(ctx.conversation, run.id, { status: 'cancelled', currentStep: null });
}
