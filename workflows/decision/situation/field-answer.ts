/**
 * A wizard step answered in free text ("about 3k a month", "yes, health data", "we have two ML engineers"):
 * the same readers as a described situation, plus a leading yes or no for the yes/no steps.
 */
import type { DecisionField } from '../input.ts';
import { readField } from './extract.ts';

const LEADING_YES = /^\s*(yes|yep|yeah|yup|y|sure|definitely|absolutely|correct|it does|we do|they do|indeed)\b/i;
const LEADING_NO = /^\s*(no|nope|nah|n|not really|not at all|never|it doesn't|we don't|they don't|none)\b/i;

/** Steps whose answer names the subject only implicitly: "through openai's api" at the fine-tuning step. */
const CONTEXT: Partial<Record<DecisionField, string>> = { fineTuning: 'fine-tune ' };

/** Notes worth repeating to someone who answered the wizard's monthly-pounds question. */
const keepNote = (note: string) => note.split('; ').filter((n) => !/^no (period|currency) given/.test(n)).join('; ');

export interface FieldAnswer {
  value: unknown;
  /** How the text was read, when not plainly (the exchange rate used, a yearly figure divided by twelve). */
  note?: string;
}

export function answerFromText(field: DecisionField, text: string, kind: 'number' | 'yes-no' | 'choice' | 'text'): FieldAnswer | undefined {
  // "is health data special category?" typed while a step waits is a question for the answerer, not an answer.
  if (/\?\s*$/.test(text)) return undefined;
  const reading = readField(field, text) ?? (CONTEXT[field] ? readField(field, `${CONTEXT[field]}${text}`) : undefined);
  if (reading) {
    const note = reading.note ? keepNote(reading.note) : '';
    return { value: reading.value, ...(note ? { note } : {}) };
  }
  if (kind === 'yes-no') {
    if (LEADING_YES.test(text)) return { value: true };
    if (LEADING_NO.test(text)) return { value: false };
  }
  return undefined;
}
