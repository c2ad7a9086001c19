import type { Choice, Reply } from '../turn.ts';
import { summariseChecklist } from '../../workflows/checklist/summary.ts';
import { stepsOf } from '../../workflows/runner/steps-of.ts';
import { WORKFLOW_ACTIONS } from '../../workflows/actions.ts';
import type { FlowContext } from './context.ts';
import { runTitle } from './step-reply.ts';
import { untrusted } from '../../workflows/inert/index.ts';
import { stepAnswers } from '../../workflows/decision/prefill.ts';
import { bullets, command, createReply, paragraph } from '../reply-doc.ts';

/** `/ai-procurement status`: the runs in progress in this conversation, and the vendor checklists started here. */
export async function statusReply(ctx: FlowContext): Promise<Reply> {
  const runs = await ctx.store.listRuns(ctx.scope, { channel: ctx.conversation.channel, status: 'active' });
  const lists = await ctx.store.listChecklists(ctx.conversation);
  const runLines = runs.map((run) => {
    const steps = stepsOf(run.kind, ctx.questions);
    const at = steps.findIndex((s) => s.id === run.currentStep) + 1;
    const by = untrusted(run.startedBy.name ?? run.startedBy.id);
    const n = stepAnswers(run).length;
    return [`${runTitle(run)}: step ${at} of ${steps.length}, started by ${by} (${n} answer${n === 1 ? '' : 's'} recorded; id ${run.id})`];
  });
  const vendorLines = lists.map((l) => {
    const p = summariseChecklist(l, ctx.questions).progress;
    return [`${untrusted(l.vendor)}: ${p.answered} of ${p.total} answered, ${p.counts['red-flag']} red flag${p.counts['red-flag'] === 1 ? '' : 's'}, ${p.counts.concern} concern${p.counts.concern === 1 ? '' : 's'}`];
  });
  // Proposals from vendor documents waiting for a person: counted apart, since nothing in them is answered yet.
  const drafts = await ctx.store.listDrafts(ctx.conversation);
  const draftLines = drafts.map((d) => [`${untrusted(d.vendor)}: ${d.answers.length} proposal${d.answers.length === 1 ? '' : 's'} from ${d.documents.map(untrusted).join(', ')} waiting for review`]);
  const choices: Choice[] = runs.slice(0, 5).flatMap((run) => [
    { action: WORKFLOW_ACTIONS.resume, label: `Continue: ${runTitle(run)}`, value: run.id, style: 'primary' as const },
    { action: WORKFLOW_ACTIONS.cancel, label: `Cancel: ${runTitle(run)}`, value: run.id, style: 'danger' as const },
  ]);
  for (const d of drafts.slice(0, 5)) choices.push({ action: WORKFLOW_ACTIONS.run, label: `Review proposals: ${d.vendor}`, value: { workflow: 'checklist', action: 'review', vendor: d.vendor } });
  if (lists.length > 1) choices.push({ action: WORKFLOW_ACTIONS.run, label: 'Compare vendors', value: { workflow: 'comparison', action: 'show' } });
  if (!runs.length) choices.push({ action: 'command', label: 'Start the decision', value: 'decide', style: 'primary' });
  const sections = [
    { title: 'In progress in this conversation', doc: [runLines.length ? bullets(runLines) : paragraph('Nothing in progress here. Start with ', command('decide'), ' or ', command('checklist', '<vendor>'), '.')] },
    ...(vendorLines.length ? [{ title: 'Vendor checklists in this conversation', doc: [bullets(vendorLines)] }] : []),
    ...(draftLines.length ? [{ title: 'Proposals from vendor documents, not yet accepted', doc: [bullets(draftLines)] }] : []),
  ];
  const text = runs.length ? `${runs.length} workflow${runs.length === 1 ? '' : 's'} in progress in this conversation.` : 'No workflow is in progress in this conversation.';
  return createReply({ kind: 'status', doc: [paragraph(text)], sections, choices });
}
