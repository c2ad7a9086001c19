import { formatMoney } from '../format.ts';
import type { DecisionResult } from '../decision/decide.ts';
import { RECOMMENDATION_LABELS } from '../decision/decide.ts';
import { VERDICT_LABELS } from '../decision/factors.ts';
import { DECISION_STEPS } from '../decision/steps.ts';
import { utcMinute, type ExportDocument } from './document.ts';
import { decisionExecutive } from './decision-summary.ts';
import { userText } from './user-text.ts';

/** One answered wizard step, for the record: what was asked, the answer, who gave it, when. */
export interface DecisionAnswerLine {
  stepId: string;
  prompt: string;
  answer: string;
  author?: string;
  at?: string;
  /** For a wizard started from a message: "from the message: …" or "corrected; the message said …". */
  source?: string;
}


function answerLine(a: DecisionAnswerLine): string {
  const by = a.author && `(${userText(a.author)}${a.at ? `, ${utcMinute(a.at)}` : ''})`;
  return [userText(a.answer), by, a.source && `[${userText(a.source)}]`].filter(Boolean).join(' ');
}

/** A decision record: page one the summary, then the six verdicts, the costs, next steps, the answers and sources. */
export function decisionDocument(result: DecisionResult, answers: DecisionAnswerLine[] = [], now: Date = new Date()): ExportDocument {
  const c = result.costs;
  const label = RECOMMENDATION_LABELS[result.recommendation];
  const authors = [...new Set(answers.flatMap((a) => (a.author ? [userText(a.author)] : [])))];
  const open = DECISION_STEPS.filter((s) => !answers.some((a) => a.stepId === s.id)).map((s) => s.prompt);
  return {
    kind: 'decision',
    title: 'Deployment-mode decision record',
    subtitle: `Recommendation: ${label}`,
    meta: [
      { label: 'Recommendation', value: label },
      { label: 'Generated', value: utcMinute(now) },
      { label: 'Answered by', value: authors.length ? authors.join(', ') : 'not recorded (decided from an input file)' },
      { label: 'Progress', value: `${answers.length} of ${DECISION_STEPS.length} wizard questions answered` },
      { label: 'Prices as of', value: c.asOf },
    ],
    executive: decisionExecutive(result, open),
    summaryTitle: 'The five factors and spend',
    summary: {
      columns: ['Factor', 'Verdict', 'Reason'],
      rows: result.factors.map((f) => [{ text: f.factor }, { text: VERDICT_LABELS[f.verdict], nowrap: true }, { text: f.reason }]),
    },
    sectionsTitle: 'Details',
    sections: [
      { heading: `Recommendation: ${label}`, blocks: [{ text: result.rationale }], fields: [{ label: 'Rule', value: `${result.rule.id} (card ${result.rule.card})` }] },
      {
        heading: 'Cost comparison at your volume',
        blocks: [{ text: c.summary }],
        fields: [
          { label: 'Your monthly API spend', value: formatMoney(c.monthlyApiSpend) },
          { label: 'Entry self-hosting per month', value: `${formatMoney(c.selfHosting.total)} (${formatMoney(c.selfHosting.infrastructure)} infrastructure + ${formatMoney(c.selfHosting.devops)} DevOps; ${c.selfHosting.description})` },
          { label: 'Crossover band', value: `${formatMoney(c.crossover.low)} to ${formatMoney(c.crossover.high)} a month` },
          { label: 'Monthly difference (API minus self-hosting)', value: formatMoney(c.monthlyDifference) },
          { label: 'Token price ratio', value: `${c.tokenPriceRatio.closedModel} vs ${c.tokenPriceRatio.openModel}: ${c.tokenPriceRatio.input}x input, ${c.tokenPriceRatio.output}x output (${c.tokenPriceRatio.range})` },
          { label: 'Time to production when self-hosting', value: `${c.selfHosting.timeToProductionWeeks[0]}-${c.selfHosting.timeToProductionWeeks[1]} weeks` },
        ],
      },
      { heading: 'Next steps', blocks: result.nextSteps.map((s, i) => ({ label: String(i + 1), text: s.text })), fields: [] },
      { heading: 'Answers given', blocks: [], fields: answers.map((a) => ({ label: a.prompt, value: answerLine(a) })) },
    ],
    sources: result.citations,
    records: {
      columns: ['kind', 'name', 'value', 'detail'],
      rows: [
        ['recommendation', result.rule.id, result.recommendation, result.rationale],
        ...result.factors.map((f) => ['factor', f.factor, f.verdict, f.reason]),
        ['cost', 'monthly_api_spend_gbp', String(c.monthlyApiSpend), ''],
        ['cost', 'self_hosting_total_gbp', String(c.selfHosting.total), c.selfHosting.description],
        ['cost', 'monthly_difference_gbp', String(c.monthlyDifference), c.position],
        ...result.nextSteps.map((s, i) => ['next-step', String(i + 1), s.text, s.card]),
        ...answers.map((a) => ['answer', a.stepId, a.answer, [a.author, a.source].filter(Boolean).join('; ')]),
        ...result.citations.map((s) => ['source', String(s.n), s.title, s.url ?? '']),
      ],
    },
    footer: `Decision record: ${label}`,
    fileBase: 'deployment-decision-record',
  };
}
