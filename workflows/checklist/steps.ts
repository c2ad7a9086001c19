import type { Step } from '../steps.ts';
import type { ChecklistQuestion } from './questions.ts';
import { parseChecklistAnswer, type ChecklistStepValue } from './answer.ts';
import { STATUS_LABELS, STATUS_OPTIONS } from './statuses.ts';

/** First sentence of a guidance paragraph, so a step's help stays short; the export carries the full text. */
function firstSentence(text: string): string {
  const m = /^[\s\S]*?[.!?](\s|$)/.exec(text.replace(/\s+/g, ' ').trim());
  return (m?.[0] ?? text).trim();
}

/**
 * One step per question, combining the status choice with optional notes and evidence: buttons post just the
 * status, forms add the two text fields, and a terminal types `concern: notes https://evidence` in one line.
 */
export function checklistStep(q: ChecklistQuestion): Step {
  const good = firstSentence(q.guidance.goodAnswer);
  const red = firstSentence(q.guidance.redFlags);
  return {
    id: q.id,
    prompt: `Q${q.order}. ${q.question}`,
    kind: 'choice',
    options: STATUS_OPTIONS,
    help: [good && `Good answer: ${good}`, red && `Red flags: ${red}`, `(${q.cardTitle})`].filter(Boolean).join('\n'),
    card: q.cardId,
    fields: [
      { id: 'notes', label: 'Notes (what the vendor said)', placeholder: 'e.g. DPA signed 2026-03; no training on API data' },
      { id: 'evidence', label: 'Evidence URL', placeholder: 'https://vendor.example/trust/dpa', format: 'url' },
    ],
    hint: 'status (1-5 or satisfactory, concern, red-flag, n/a, skip), then optional notes and an evidence URL',
    example: 'concern: 30-day retention https://vendor.example/privacy',
    parse: parseChecklistAnswer,
    display: (v) => {
      const value = v as ChecklistStepValue;
      return [STATUS_LABELS[value.status] ?? String(value.status), value.notes, value.evidence].filter(Boolean).join(' | ');
    },
  };
}
