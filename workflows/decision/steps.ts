import type { Step, StepOption } from '../steps.ts';
import { YES_NO, matchOption, optionsText, parseAmount, parseYesNo } from '../steps.ts';
import { DECISION_CARDS as C } from './cards.ts';
import type { DecisionField } from './input.ts';
import { answerFromText } from './situation/field-answer.ts';
import { formatMoney } from '../format.ts';
import { crossover } from './prices.ts';

/** From knowledge/data/prices.json, the one home of the figures. */
const band = crossover();

interface FieldSpec {
  id: DecisionField;
  prompt: string;
  help: string;
  card: string;
}

function numberStep(s: FieldSpec): Step {
  return {
    ...s,
    kind: 'number',
    hint: 'a number of pounds, e.g. 1800, £2,500 or "about 30k a year"',
    parse: ({ answer }) => {
      // Free text first ("3k a year" is £250 a month, "$4k" is converted); a plain figure is pounds a month.
      const read = answerFromText(s.id, String(answer), 'number');
      if (read && typeof read.value === 'number') return { ok: true, value: read.value, ...(read.note ? { note: read.note } : {}) };
      const n = parseAmount(String(answer));
      if (n === undefined) return { ok: false, error: `"${answer}" is not an amount: type a number of pounds, e.g. 1800` };
      return { ok: true, value: n };
    },
    display: (v) => formatMoney(Number(v), 'GBP', { exact: true }),
  };
}

function yesNoStep(s: FieldSpec): Step {
  return {
    ...s,
    kind: 'yes-no',
    options: YES_NO,
    hint: 'yes or no',
    parse: ({ answer }) => {
      const b = parseYesNo(String(answer)) ?? answerFromText(s.id, String(answer), 'yes-no')?.value;
      return typeof b !== 'boolean' ? { ok: false, error: `"${answer}" is not yes or no` } : { ok: true, value: b };
    },
    display: (v) => (v ? 'Yes' : 'No'),
  };
}

function choiceStep(s: FieldSpec, options: StepOption[]): Step {
  return {
    ...s,
    kind: 'choice',
    options,
    hint: `a number or a name: ${optionsText(options)}`,
    parse: ({ answer }) => {
      const value = matchOption(options, String(answer))?.value ?? answerFromText(s.id, String(answer), 'choice')?.value;
      return options.some((o) => o.value === value) ? { ok: true, value } : { ok: false, error: `"${answer}" is not one of: ${options.map((x) => x.value).join(', ')}` };
    },
    display: (v) => options.find((o) => o.value === v)?.label ?? String(v),
  };
}

/** The wizard's steps, one per input field, in the order a team can answer them. */
export const DECISION_STEPS: Step[] = [
  numberStep({ id: 'monthlySpendGBP', prompt: 'About how much do you spend, or expect to spend, on AI APIs each month (GBP)?', help: `The crossover between a closed API and self-hosting sits between ${formatMoney(band.low)} and ${formatMoney(band.high)} a month.`, card: C.crossover }),
  yesNoStep({ id: 'spendPredictable', prompt: 'Is that monthly volume steady and predictable?', help: 'Self-hosting is a fixed cost; it pays only when usage is high and steady.', card: C.crossover }),
  choiceStep({ id: 'dataClassification', prompt: 'What is the most sensitive data the model will see?', help: 'Regulated personal data on US-headquartered APIs sits in a legal grey zone (GDPR Art. 48, CLOUD Act).', card: C.greyZone }, [
    { value: 'public', label: 'Public' },
    { value: 'internal', label: 'Internal' },
    { value: 'personal', label: 'Personal data' },
    { value: 'special-category', label: 'Special-category personal data' },
  ]),
  yesNoStep({ id: 'residencyRequired', prompt: 'Must the data stay in the UK/EU by law, sector rule or contract?', help: 'Mandatory residency is one of the reasons to self-host.', card: C.selfHost }),
  choiceStep({ id: 'gpuCapability', prompt: 'What GPU / ML operations capability does your team have?', help: 'Self-hosters own runtime monitoring, content filtering and incident response.', card: C.safety }, [
    { value: 'none', label: 'None' },
    { value: 'some', label: 'Some' },
    { value: 'dedicated', label: 'Dedicated team' },
  ]),
  choiceStep({ id: 'fineTuning', prompt: 'How deeply do you need to customise the model?', help: 'Closed providers fine-tune through their API; only open weights allow weight-level fine-tuning on your own data.', card: C.fineTuning }, [
    { value: 'none', label: 'No fine-tuning' },
    { value: 'api', label: 'API-level fine-tuning' },
    { value: 'weights', label: 'Weight-level fine-tuning' },
  ]),
  choiceStep({ id: 'stage', prompt: 'Where are you with this use case?', help: 'Prototype on a closed API; self-hosting takes 8-10 weeks to production.', card: C.caseStudy }, [
    { value: 'prototype', label: 'Prototype' },
    { value: 'production', label: 'Production' },
  ]),
  yesNoStep({ id: 'frontierReasoning', prompt: 'Does the work need frontier-level reasoning?', help: 'Open weights reach about 90% of closed flagships; closed labs still lead frontier reasoning by 3-8 points.', card: C.capability }),
  yesNoStep({ id: 'sovereigntyProcurement', prompt: 'Do your customers or tenders ask for sovereignty or "strategic autonomy"?', help: 'Government and regulated-sector RFPs increasingly carry strategic-autonomy language.', card: C.sovereignProcurement }),
];
