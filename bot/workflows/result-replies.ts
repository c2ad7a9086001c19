import type { Choice, Reply } from '../turn.ts';
import type { WorkflowRun, VendorChecklist } from '../../workflows/store.ts';
import { decideDeployment, RECOMMENDATION_LABELS } from '../../workflows/decision/decide.ts';
import { VERDICT_LABELS } from '../../workflows/decision/factors.ts';
import { decisionAnswerLines, decisionInputOf } from '../../workflows/decision/from-run.ts';
import { summariseChecklist } from '../../workflows/checklist/summary.ts';
import { STATUS_LABELS } from '../../workflows/checklist/statuses.ts';
import { WORKFLOW_ACTIONS } from '../../workflows/actions.ts';
import { EXPORT_FORMATS, EXPORT_FORMAT_WORDS } from '../../workflows/export-formats.ts';
import { toCitations } from '../../workflows/citations.ts';
import { AppError, ErrorCode } from '../errors.ts';
import type { FlowContext } from './context.ts';
import { untrusted } from '../../workflows/inert/index.ts';
import { formatMoney } from '../../workflows/format.ts';
import { bullets, citesFor, command, createReply, numbered, paragraph, strong, type Inline, type SectionDoc } from '../reply-doc.ts';


/** Export buttons for a finished run: a typed export action naming the run and the format. */
export function exportChoices(run: WorkflowRun): Choice[] {
  return EXPORT_FORMATS.map((format, i) => ({
    action: WORKFLOW_ACTIONS.run,
    label: `Export ${EXPORT_FORMAT_WORDS[format].label}`,
    value: { workflow: run.kind, action: 'export', runId: run.id, format },
    ...(i === 0 ? { style: 'primary' as const } : {}),
  }));
}

/** For a decision started with "Refine these answers": which answers came from the message, which were corrected. */
function fromMessage(run: WorkflowRun): SectionDoc[] {
  const lines = decisionAnswerLines(run).filter((a) => a.source);
  return lines.length ? [{ title: 'Answers from the message', doc: [bullets(lines.map((a) => [`${a.answer}: ${a.source}`]))] }] : [];
}

/** The finished decision: recommendation, six verdicts, costs, next steps, citations and export choices. */
export function decisionResultReply(ctx: FlowContext, run: WorkflowRun): Reply {
  const input = decisionInputOf(run);
  if (!input) throw new AppError(ErrorCode.InvalidInput, ['this decision is missing answers; continue it with ', command('decide')]);
  const r = decideDeployment(input, ctx.cards);
  const cite = (id: string) => citesFor(r.citations, id);
  const c = r.costs;
  return createReply({
    kind: 'workflow',
    doc: [paragraph(strong(`Recommendation: ${RECOMMENDATION_LABELS[r.recommendation]}`), ...cite(r.rule.card)), paragraph(r.rationale)],
    sections: [
      { title: 'The five factors and spend', doc: [bullets(r.factors.map((f) => [strong(f.factor), `: ${VERDICT_LABELS[f.verdict]}. ${f.reason}`, ...cite(f.card)]))] },
      {
        title: `Cost at your volume (prices as of ${c.asOf})`,
        doc: [
          paragraph(c.summary),
          bullets([
            [`Closed API: ${formatMoney(c.monthlyApiSpend)} a month; entry self-hosting: ${formatMoney(c.selfHosting.total)} (${formatMoney(c.selfHosting.infrastructure)} infrastructure + ${formatMoney(c.selfHosting.devops)} DevOps)`, ...cite('self-hosting-entry-cost')],
            [`Crossover: ${formatMoney(c.crossover.low)}-${formatMoney(c.crossover.high)} a month`, ...cite('cost-crossover')],
            [`Token prices: ${c.tokenPriceRatio.openModel} is ${c.tokenPriceRatio.range} cheaper than ${c.tokenPriceRatio.closedModel}`, ...cite('open-vs-closed-token-prices')],
          ]),
        ],
      },
      { title: 'Next steps', doc: [numbered(r.nextSteps.map((s) => [s.text, ...(s.command ? [' ', command(...s.command)] : []), ...cite(s.card)]))] },
      ...fromMessage(run),
    ],
    citations: r.citations,
    choices: exportChoices(run),
  });
}

/** A vendor's checklist: progress, then red flags, concerns and open questions. */
export function checklistSummaryReply(ctx: FlowContext, list: VendorChecklist, run?: WorkflowRun, lead?: string | Inline[]): Reply {
  const s = summariseChecklist(list, ctx.questions);
  const p = s.progress;
  const group = (status: 'red-flag' | 'concern' | 'unanswered') =>
    s.rows.filter((r) => r.status === status).map((r) => [`Q${r.question.order}. ${r.question.question}${r.answer?.notes ? ` (${untrusted(r.answer.notes)})` : ''}`]);
  const sections = [
    { title: `${STATUS_LABELS['red-flag']}s`, items: group('red-flag') },
    { title: 'Concerns', items: group('concern') },
    { title: 'Still open', items: group('unanswered') },
  ].filter((x) => x.items.length).map((x) => ({ title: x.title, doc: [bullets(x.items)] }));
  const cited = s.rows.filter((r) => r.status === 'red-flag' || r.status === 'concern').map((r) => r.question.cardId);
  const summary = `${p.answered} of ${p.total} answered · ${p.counts['red-flag']} red flag${p.counts['red-flag'] === 1 ? '' : 's'}, ${p.counts.concern} concern${p.counts.concern === 1 ? '' : 's'}, ${p.counts.satisfactory} satisfactory, ${p.counts['n/a']} n/a`;
  const doc = [...(lead ? [paragraph(...(typeof lead === 'string' ? [lead] : lead))] : []), paragraph(strong(`Vendor checklist: ${untrusted(s.vendor)}`), ` · ${summary}`)];
  const choices: Choice[] = run
    ? exportChoices(run)
    : (['docx', 'pdf'] as const).map((format, i) => ({
        action: WORKFLOW_ACTIONS.run,
        label: `Export as ${EXPORT_FORMAT_WORDS[format].label}`,
        value: { workflow: 'checklist', action: 'export', vendor: s.vendor, format },
        ...(i === 0 ? { style: 'primary' as const } : {}),
      }));
  if (p.answered < p.total) choices.push({ action: WORKFLOW_ACTIONS.run, label: 'Answer the open questions', value: { workflow: 'checklist', action: 'start', vendor: s.vendor } });
  return createReply({ kind: 'workflow', doc, sections, citations: toCitations(cited, ctx.cards), choices });
}
