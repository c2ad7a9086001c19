import { ADVICE, FRAMED_OPENING, PART_BREAK, type Composition } from './compose.ts';
import { isStopword } from '../../knowledge/retrieval/text/stopwords.ts';
import { stem } from '../../knowledge/retrieval/text/stem.ts';
import { terms } from '../../knowledge/retrieval/text/tokenize.ts';
import { checksClaim, PRONOUN_SUBJECT, type QuestionAnalysis } from './question.ts';
import { leavesOutRule, type Verdict } from './verdict.ts';
import type { Catalogue, Mention } from '../../knowledge/entities/catalogue.ts';

/** A negation: the sentence may say no to what is asked. */
const NEGATION = /\b(not|no|never|cannot)\b|n't\b/gi;

/**
 * Words that make a sentence something other than a plain yes or no to the question: a limit, a condition, a
 * contrast, a hedge, a warning, an unknown ("has not been confirmed", "we found no record"), or an end or a ban said
 * without "not" ("OpenAI has deprecated GPT-5 nano" is no "yes" to "can we still use it?"). A lead holding any of them
 * is given as it is, with no verdict put before it.
 */
const QUALIFIED = /\b(none|nor|neither|without|unless|but|however|although|though|only|except|apart from|rather than|instead|may|might|could|likely|unlikely|usually|often|rarely|seldom|sometimes|depends?|unclear|unconfirmed|confirmed|verified|record|found|known|beware|risk|red flag|whereas|while|if|until|before|yet|still|provided|as long as|subject to|conditions?)\b|\b(avoid|refus|deprecat|retir|shut|withdr|remov|dropp|replac|prohibit|bann|forbid|rules? out|exclud|lack|fail|stopp|ceas|expir|invalid|struck|annul)/i;

/**
 * A lead saying a separate licence, agreement or permission is needed ("…use the Mistral Research License, which
 * requires a separate licence for commercial use"): a condition, no plain yes to a question asking whether a use is
 * ok ("is it ok to use…?"), unless it asks whether one is needed.
 */
const NEEDS_SEPARATE = /\b(?:requires?|required|needs?|needed|must (?:ask|request|get|obtain|negotiate))\b[^.;]{0,40}\bseparate (?:licen[cs]e|agreement|permission|contract)\b/i;
const ASKS_NEEDED = /\b(?:need|needs|needed|require|required|requires|have to|has to|must)\b/i;
const ASKS_USE = /\b(?:use|using|commercial(?:ly)?|ok|okay|fine|allowed|permitted|legal|ship|sell|deploy|production)\b/i;

/** A lead saying the fact asked about is unconfirmed, and a contrast that makes it one of two claims. */
const UNCONFIRMED = /\b(?:has|have|had|is|are) not (?:yet )?been (?:independently )?(?:confirmed|verified)\b/i;
const CONTRASTED = /\b(?:but|however|although|though|whereas|while)\b/i;

/** A question that is not a plain yes or no: it negates ("isn't it…"), offers alternatives ("…or is that overkill?") or hedges. */
const NOT_PLAIN = /\b(not|no|never|without|or|either|instead|rather|vs|versus)\b|n't\b/i;


/** Share of the question's own weight the lead must cover in its own words to be taken as saying yes to all of it. */
const AFFIRMED_SHARE = 0.75;

/** Share of what the question asks of the things it names that the lead must cover as well. */
const PREDICATE_SHARE = 0.5;

/** Coverage credit of a word met by its root ("adopted" for "adoption"), as the composer gives it. */
const OWN_WORD = 0.8;

/** A part of a question asking yes or no ("is there a user cap on it", "and does gemma 4 carry the same risk"). */
const POLAR_PART = /^(?:and |also |but |plus )?(?:is|isn't|are|aren't|was|were|does|doesn't|do|don't|did|can|could|will|would|has|have|should|may|might|must)\b/i;

/** A message asking two yes-or-no things, which one "Yes" or "No" cannot answer. */
const asksTwoYesNo = (core: string) => core.split(PART_BREAK).filter((p) => POLAR_PART.test(p.trim())).length >= 2;

/**
 * "Yes: …" or "No: …" before a lead sentence that states, unqualified, what a yes/no question asks: "does the Llama 4
 * licence make us indemnify Meta?" is answered "Yes: the Llama 4 licence requires you to … indemnify Meta…", "do eu
 * end users of our app get hit by the llama 4 eu restriction?" "No: the EU restriction does not reach people who simply
 * use a product…". The lead must cover nearly all of the question's own words, half of what it asks of the things
 * it names, and any law or licence it names (or come from a card that holds it); it must hold no limit, condition,
 * hedge, contrast or unknown, and one negation at most (which makes it a no); the question must be a plain one (no
 * "or", no negation, no "without"). Anything less gives the facts without a verdict rather than a guessed one.
 */
export function affirmation(analysis: Pick<QuestionAnalysis, 'kind' | 'core'>, composition: Composition, catalogue: Catalogue): Verdict | undefined {
  if (analysis.kind === 'should') return advised(analysis, composition);
  // A should-we weighs the asker's situation ("our product lives or dies on top-end reasoning. start with open
  // weights?"), which a sentence covering the asking words alone does not: only a plain yes/no question qualifies,
  // or a should-we the lead's advice answers in its own verb (below).
  if (analysis.kind !== 'yes-no' || NOT_PLAIN.test(analysis.core) || PRONOUN_SUBJECT.test(analysis.core) || asksTwoYesNo(analysis.core)) return undefined;
  const lead = composition.sentences[0];
  const cited = composition.citations[0];
  const negations = lead?.text.match(NEGATION)?.length ?? 0;
  // "Publication of the Digital Omnibus … has not been independently confirmed" answers "has it been published?"
  // with neither yes nor no, and says so first.
  const unconfirmed = lead !== undefined && UNCONFIRMED.test(lead.text) && !CONTRASTED.test(lead.text);
  if (!lead || !cited || (QUALIFIED.test(lead.text) && !unconfirmed) || negations > 1) return undefined;
  if (NEEDS_SEPARATE.test(lead.text) && ASKS_USE.test(analysis.core) && !ASKS_NEEDED.test(analysis.core)) return undefined;
  // What a good vendor answer holds, or a red flag, says nothing of whether this vendor does it: "is claude soc 2
  // certified?" is not answered "Yes: a good answer offers independent evidence…".
  if (FRAMED_OPENING.test(lead.text)) return undefined;
  // Nor is a lead silent on the law or licence asked about a yes to it ("is the anthropic api gdpr ready?" is not
  // answered "Yes: … the Claude API, ready in two weeks…").
  const named = catalogue.mentions(analysis.core);
  const itsNames = catalogue.mentions(lead.text);
  if (leavesOutRule(named, itsNames, lead.chunk.cardId)) return undefined;
  // A claim put up to be checked about a licence ("gemma 4 still has the gemma terms of use. true?") is settled only by
  // a lead naming that licence: "Gemma 4 … moved to the Apache 2.0 licence" says no to it, not yes.
  const licences = named.flatMap((m) => (m.entry?.kind === 'licence' ? [m.entry.name] : []));
  if (licences.length && checksClaim(analysis.core) && !licences.every((l) => itsNames.some((m) => m.entry?.name === l))) return undefined;
  // A claim with a conclusion drawn from it ("…has iso 42001, which means their model is certified safe, so we can skip
  // asking for evals. right?") is answered no when the lead denies the claim: the conclusion's own words need no cover.
  const drawn = negations === 1 && checksClaim(analysis.core) ? conclusionTerms(analysis.core) : new Set<string>();
  if (ownShareHeld(lead, composition, drawn) < AFFIRMED_SHARE) return undefined;
  // The names alone do not make a yes: "privacy shield is dead right?" is not answered "Yes: keep SCCs … in case the
  // DPF falls, as Privacy Shield did", which covers the name and not "dead".
  if (predicateShareHeld(named, lead, composition, drawn) < PREDICATE_SHARE) return undefined;
  // "The Llama 4 licence requires…" reads on as "Yes: the Llama 4 licence requires…", "Among…" as "Yes: among…", advice
  // ("Revisit…") as "Yes: revisit…"; a name keeps its capital.
  return verdictOn(unconfirmed ? 'Not confirmed' : negations ? 'No' : 'Yes', readOn(lead.text), lead, cited);
}

/** A lead as it reads on after "Yes: ": "The Llama 4 licence requires…" as "the Llama 4 licence requires…"; a name keeps its capital. */
export function readOn(text: string): string {
  const first = /^[A-Z][a-z]*\b/.exec(text)?.[0];
  return first && (isStopword(first.toLowerCase()) || ADVICE.test(first)) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/**
 * The share of the question's own words (neither qualifier nor borrowed situation: those that make up `total`) the
 * lead covers in its own words; 0 for a question with none.
 */
function ownShareHeld(lead: Composition['sentences'][number], composition: Composition, drawn: ReadonlySet<string> = new Set()): number {
  const { weights, optional, situation, total } = composition.weights;
  const held = [...weights].reduce((a, [t, w]) => a + (!optional.has(t) && !situation.has(t) && (lead.covered.get(t) ?? 0) >= OWN_WORD ? w : 0), 0);
  const left = total - [...weights].reduce((a, [t, w]) => a + (drawn.has(t) && !optional.has(t) && !situation.has(t) ? w : 0), 0);
  return left > 0 ? held / left : 0;
}

/** A conclusion drawn from a claim, up to the end of its sentence: ", so we can skip asking them for evals". */
const CONCLUSION = /,?\s+so\s+(?:we|i|they|you|our|that|this|it)\b[^.?!]*/i;

/** The words only a claim's conclusion uses (not the claim's own), which a lead denying the claim need not cover. */
function conclusionTerms(core: string): Set<string> {
  const found = CONCLUSION.exec(core);
  if (!found) return new Set();
  const claim = new Set(terms(core.replace(found[0], ' ')));
  return new Set(terms(found[0]).filter((t) => !claim.has(t)));
}

/**
 * The share of the question's own words outside the things it names (`mentions`; what it asks of them: "dead", "indemnify",
 * "discount") that the lead covers in its own words; 1 for a question that is all names.
 */
function predicateShareHeld(mentions: Mention[], lead: Composition['sentences'][number], composition: Composition, drawn: ReadonlySet<string> = new Set()): number {
  const named = new Set(terms(mentions.map((m) => m.text).join(' ')));
  const { weights, optional, situation } = composition.weights;
  const asked = [...weights].filter(([t, w]) => w > 0 && !optional.has(t) && !situation.has(t) && !named.has(t) && !drawn.has(t));
  const total = asked.reduce((a, [, w]) => a + w, 0);
  const held = asked.reduce((a, [t, w]) => a + ((lead.covered.get(t) ?? 0) >= OWN_WORD ? w : 0), 0);
  return total ? held / total : 1;
}

/** The verdict "Yes: …", "No: …" or "Not confirmed: …" on the lead, citing its page. */
export function verdictOn(word: string, text: string, lead: Composition['sentences'][number], cited: Composition['citations'][number]): Verdict {
  return { text: `${word}: ${text}`, cardId: lead.chunk.cardId, title: cited.title, url: cited.url ?? null };
}

/** The action a should-we asks about: "should we test a switch…" -> "test", "make suppliers map evals…?" -> "make". */
const SHOULD_ACTION = /^(?:so |ok |and )?(?:should|shall|do|must) (?:we|i|our [a-z-]+|the [a-z-]+) (?:(?:really|actually|still|just|also|even|bother to) )?([a-z]+)\b|^([a-z]+)\b/i;
/** Advice saying not to: "Avoid building…", "Do not rely…", "Never put…". */
const ADVISED_AGAINST = /^(?:avoid|do not|don't|never)\s+([a-z]+)/i;
/**
 * A contrast or condition that makes advice something other than a plain yes or no: "Self-host an open-weight model
 * when law or a regulator requires…, when API spend passes…" answers "should we self host?" with when, not with yes.
 */
const ADVICE_HEDGED = /\b(?:but|however|although|though|unless|whereas|rather than|instead|when|whenever|if|only)\b/i;
/** Share of the question's own weight advice must cover to be taken as answering it. */
const ADVISED_SHARE = 0.5;

/**
 * "Yes: …" or "No: …" before a lead that advises, in the question's own verb, the action a should-we asks about:
 * "should we test a model switch before we need one?" is answered "Yes: test a switch between models at least once
 * before you need it…", "should we build our assistant on a Gemini preview model?" "No: avoid building production
 * workloads on preview models…". The question must be a plain one and the advice unhedged and on its subject.
 */
function advised(analysis: Pick<QuestionAnalysis, 'core'>, composition: Composition): Verdict | undefined {
  if (NOT_PLAIN.test(analysis.core)) return undefined;
  const m = SHOULD_ACTION.exec(analysis.core.trim());
  const action = (m?.[1] ?? m?.[2] ?? '').toLowerCase();
  const lead = composition.sentences[0];
  const cited = composition.citations[0];
  if (!action || isStopword(action) || !lead || !cited || ADVICE_HEDGED.test(lead.text)) return undefined;
  const against = ADVISED_AGAINST.exec(lead.text);
  const verb = (against?.[1] ?? /^[A-Za-z]+/.exec(lead.text)?.[0] ?? '').toLowerCase().replace(/ing$/, '');
  const same = verb.length > 2 && (stem(verb) === stem(action) || stem(`${verb}e`) === stem(action));
  if (!same) return undefined;
  if (ownShareHeld(lead, composition) < ADVISED_SHARE) return undefined;
  return verdictOn(against ? 'No' : 'Yes', lead.text.charAt(0).toLowerCase() + lead.text.slice(1), lead, cited);
}
