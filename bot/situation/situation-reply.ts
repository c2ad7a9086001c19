/**
 * The answer to "here is our situation, what should we do?": the recommendation first (closed, self-hosted or
 * hybrid, by the decision wizard's own rules), then the two or three deciding reasons with citations, what was
 * read from the message and what was assumed, and "Refine these answers" to open the wizard pre-filled. A
 * situation too thin to decide gets the question back instead of a guess.
 */
import type { Choice, Reply } from '../turn.ts';
import { loadCardIndex, toCitations, type CardIndex } from '../../workflows/citations.ts';
import { RECOMMENDATION_LABELS } from '../../workflows/decision/decide.ts';
import { DECISION_STEPS } from '../../workflows/decision/steps.ts';
import { WORKFLOW_ACTIONS } from '../../workflows/actions.ts';
import { encodePrefill, prefillFromReadings } from '../../workflows/decision/prefill.ts';
import { FIELD_LABELS } from '../../workflows/decision/situation/assumptions.ts';
import { asksWhatToDoAboutAi } from '../../workflows/decision/situation/asks.ts';
import { situationJson } from '../../workflows/decision/situation/json.ts';
import type { Readings } from '../../workflows/decision/situation/reading.ts';
import { recommendFromText, type SituationMissing, type SituationRecommendation } from '../../workflows/decision/situation/recommend.ts';
import type { DecisionField } from '../../workflows/decision/input.ts';
import { bullets, citesFor, createReply, paragraph, strong, type Inline } from '../reply-doc.ts';

export interface SituationReplyOptions {
  /** Knowledge cards directory (default knowledge/cards), for citation titles and links. */
  cardsDir?: string;
}

/** Quotes from the message are the user's words: kept short and stripped of markup before they are shown. */
const quote = (s: string) => `"${s.replace(/[*_`~<>[\]]/g, '').slice(0, 80)}"`;

function readLines(readings: Readings): Inline[][] {
  return DECISION_STEPS.flatMap((step) => {
    const r = readings[step.id as DecisionField];
    return r ? [[`${FIELD_LABELS[step.id as DecisionField]}: ${step.display(r.value)} (${quote(r.words)}${r.note ? `; ${r.note}` : ''})`]] : [];
  });
}

function refineChoice(readings: Readings, label = 'Refine these answers'): Choice {
  return { action: WORKFLOW_ACTIONS.refine, label, value: encodePrefill(prefillFromReadings(readings)), style: 'primary' };
}

function missingReply(o: SituationMissing): Reply {
  const read = readLines(o.readings);
  return createReply({
    kind: 'answer',
    doc: [paragraph(`I can recommend a closed API, self-hosting or a hybrid, but not from this alone. ${o.ask}`)],
    sections: [{ title: o.missing.length > 1 ? 'Still needed (either will do)' : 'Still needed', doc: [bullets(o.missing.map((f) => [FIELD_LABELS[f]]))] }, ...(read.length ? [{ title: 'What I read from your message', doc: [bullets(read)] }] : [])],
    choices: [Object.keys(o.readings).length ? refineChoice(o.readings, 'Answer the decision questions') : { action: 'command', label: 'Answer the decision questions', value: 'decide', style: 'primary' }],
    recommendation: situationJson(o),
  });
}

function recommendationReply(o: SituationRecommendation, cards: CardIndex): Reply {
  const citations = toCitations([o.ruleCard, ...o.reasons.map((r) => r.card)], cards);
  return createReply({
    kind: 'answer',
    doc: [paragraph(strong(`Recommendation: ${RECOMMENDATION_LABELS[o.mode]}`), ...citesFor(citations, o.ruleCard)), bullets(o.reasons.map((r) => [r.text, ...citesFor(citations, r.card)]))],
    sections: [
      { title: 'What I read from your message', doc: [bullets(readLines(o.readings))] },
      ...(o.assumed.length ? [{ title: 'What I assumed (correct me with "Refine these answers")', doc: [bullets(o.assumed.map((a) => [a]))] }] : []),
    ],
    citations,
    // Decided by the wizard's rules, not by retrieval: nothing is uncertain about which rule applied.
    confidence: 1,
    choices: [refineChoice(o.readings)],
    recommendation: situationJson(o),
  });
}

/** The reply for a message that describes the team's situation and asks what to do; undefined for any other. */
export async function situationReply(question: string, options: SituationReplyOptions = {}): Promise<Reply | undefined> {
  // Asking what to do about AI is a cheap test on the words; only then is the situation read (nine readers).
  if (!asksWhatToDoAboutAi(question)) return undefined;
  const outcome = recommendFromText(question);
  if (!outcome) return undefined;
  return outcome.kind === 'missing' ? missingReply(outcome) : recommendationReply(outcome, await loadCardIndex(options.cardsDir));
}
