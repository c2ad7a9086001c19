/**
 * A recommendation from a described situation, by the wizard's own rules (rules.ts `decide`): the message's
 * inputs plus stated defaults for the rest. Too thin (neither spend nor data kind, nor a stated fact that rules
 * self-hosting out for now) gives what is missing instead; no situation at all gives undefined.
 */
import type { DecisionField, DecisionInput } from '../input.ts';
import { decisionInputSchema } from '../input.ts';
import type { Prices } from '../prices.ts';
import { decide, notReadyToSelfHost, type Recommendation } from '../rules.ts';
import { describesSituation } from './asks.ts';
import { ASSUMED, FIELD_LABELS } from './assumptions.ts';
import { readSituation } from './extract.ts';
import type { Readings } from './reading.ts';
import { reasonsFor, type Reason } from './reasons.ts';

export interface SituationRecommendation {
  kind: 'recommendation';
  mode: Recommendation;
  /** Every wizard input: read from the message or assumed. */
  inputs: DecisionInput;
  /** The words each stated input came from. */
  sources: Partial<Record<DecisionField, string>>;
  /** How a stated input was read when not plainly (the exchange rate used, a yearly figure divided by twelve). */
  notes: Partial<Record<DecisionField, string>>;
  /** One line per assumed input: "GPU / ML operations capability: none (no GPU or ML operations skills mentioned)". */
  assumed: string[];
  assumedFields: DecisionField[];
  /** The wizard rule that decided, and the card it implements. */
  rule: string;
  ruleCard: string;
  reasons: Reason[];
  readings: Readings;
}

export interface SituationMissing {
  kind: 'missing';
  /** What must be stated before a recommendation: the monthly spend or the data kind (either will do). */
  missing: DecisionField[];
  /** What the message did state. */
  inputs: Partial<DecisionInput>;
  sources: Partial<Record<DecisionField, string>>;
  /** The question to ask back. */
  ask: string;
  readings: Readings;
}

export type SituationOutcome = SituationRecommendation | SituationMissing;

/** The inputs the recommendation cannot do without one of: never a recommendation from nothing. */
export const REQUIRED_ONE_OF: DecisionField[] = ['monthlySpendGBP', 'dataClassification'];

/** A spend of nothing and one far past the crossover: a recommendation the same at both does not turn on the spend. */
const SPEND_EXTREMES = [0, 100_000];
/** The least and the most sensitive data: a recommendation the same for both does not turn on the data kind. */
const DATA_EXTREMES = ['public', 'special-category'] as const;

const display = (v: unknown) => (typeof v === 'boolean' ? (v ? 'yes' : 'no') : String(v));

/**
 * The recommendation from what the message states, or what is missing. `unheldSpend` is the currency of a bill the
 * message states in money the stored rates do not hold: the spend is then asked for again, never taken as none.
 */
export function recommendFromReadings(readings: Readings, unheldSpend?: string): SituationOutcome {
  const stated = Object.keys(readings) as DecisionField[];
  const sources = Object.fromEntries(stated.map((f) => [f, readings[f]!.words]));
  const values = Object.fromEntries(stated.map((f) => [f, readings[f]!.value])) as Partial<DecisionInput>;
  const assumedFields = (Object.keys(ASSUMED) as DecisionField[]).filter((f) => !readings[f]);
  const assumptions = Object.fromEntries(assumedFields.map((f) => [f, ASSUMED[f](readings)]));
  const inputWith = (extra: Partial<DecisionInput>) => decisionInputSchema.parse({ ...Object.fromEntries(assumedFields.map((f) => [f, assumptions[f]!.value])), ...values, ...extra });
  // A bill in money the rates do not hold is asked for again, unless what the message states decides alike at any
  // spend ("CHF 4,000 a month, patient data that has to stay in europe": residency decides, whatever the bill).
  const atAnySpend = () => SPEND_EXTREMES.map((monthlySpendGBP) => decide(inputWith({ monthlySpendGBP, spendPredictable: true })).rule.recommendation).every((mode, _, all) => mode === all[0]);
  if (unheldSpend && !readings.monthlySpendGBP && !atAnySpend()) {
    return {
      kind: 'missing',
      missing: ['monthlySpendGBP'],
      inputs: values,
      sources,
      ask: `Your spend is in ${unheldSpend}, and the knowledge base holds no ${unheldSpend} exchange rate, so I cannot weigh it against the crossover. Give it in pounds, dollars or euros, e.g. "about £5k a month".`,
      readings,
    };
  }
  // A stated fact that rules self-hosting out for now (rules.ts `notReadyToSelfHost`) decides on its own what the spend
  // and data kind would otherwise settle: "mvp still changing every week, nobody here knows gpus. api or self-host for
  // now?" is answered, not asked for its spend. So does a stated reason to self-host that leaves the recommendation
  // the same whatever the spend and data kind ("our nhs tenders score sovereignty: host our own model?").
  const atAnySpendAndData = () =>
    SPEND_EXTREMES.flatMap((monthlySpendGBP) => DATA_EXTREMES.map((dataClassification) => decide(inputWith({ monthlySpendGBP, spendPredictable: true, dataClassification })).rule.recommendation)).every((mode, _, all) => mode === all[0]);
  const unasked = !REQUIRED_ONE_OF.some((f) => readings[f]);
  if (unasked && !notReadyToSelfHost(values) && !atAnySpendAndData()) {
    return {
      kind: 'missing',
      missing: REQUIRED_ONE_OF,
      inputs: values,
      sources,
      ask: 'To recommend closed, self-hosted or hybrid I need at least your monthly AI spend or the most sensitive data the model will see, e.g. "about £2k a month, customer names and emails".',
      readings,
    };
  }
  // The bill it could not read is said to be so, not shown as a spend of nothing.
  const unweighed = unheldSpend && !readings.monthlySpendGBP ? `stated in ${unheldSpend}, for which the knowledge base holds no exchange rate; the recommendation is the same at any spend` : undefined;
  // Neither stated, and neither would change the recommendation: said so, not shown as a spend of nothing.
  const unneeded = unasked && !unheldSpend && !notReadyToSelfHost(values);
  const assumedLine = (f: DecisionField) => {
    if (f === 'monthlySpendGBP' && unweighed) return `${FIELD_LABELS[f]}: not weighed (${unweighed})`;
    if (unneeded && f === 'monthlySpendGBP') return `${FIELD_LABELS[f]}: not stated (the recommendation is the same at any spend)`;
    if (unneeded && f === 'dataClassification') return `${FIELD_LABELS[f]}: not stated (the recommendation is the same for any data)`;
    return `${FIELD_LABELS[f]}: ${display(assumptions[f]!.value)} (${assumptions[f]!.why})`;
  };
  const input = inputWith({});
  const { rule, drivers } = decide(input);
  const notes = Object.fromEntries(stated.flatMap((f) => (readings[f]!.note ? [[f, readings[f]!.note]] : [])));
  return {
    kind: 'recommendation',
    mode: rule.recommendation,
    inputs: input,
    sources,
    notes,
    assumed: assumedFields.map(assumedLine),
    assumedFields,
    rule: rule.id,
    ruleCard: rule.card,
    reasons: reasonsFor(rule, drivers, input, new Set(assumedFields)),
    readings,
  };
}

export interface RecommendOptions {
  prices?: Prices;
}

/** undefined when the text describes no situation; what is missing when too thin; otherwise the recommendation. */
export function recommendFromText(text: string, options: RecommendOptions = {}): SituationOutcome | undefined {
  const { readings, unheldSpend } = readSituation(text, options);
  if (!describesSituation(text, readings, unheldSpend)) return undefined;
  return recommendFromReadings(readings, unheldSpend);
}
