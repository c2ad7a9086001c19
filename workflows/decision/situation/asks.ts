/**
 * Does a message describe the team's own situation, and does it ask what to do about it? Both must hold before
 * the answer leads with a recommendation: "is health data special category?" names a data kind but describes no
 * situation; "we handle patient records, api or self-host?" does both.
 */
import { extractSituation } from './extract.ts';
import type { Readings } from './reading.ts';
import { MAX_SITUATION_CHARS } from './text.ts';

const FIRST_PERSON = /\b(we|we're|we've|we'd|we'll|our|ours|us|i|i'm|i've|my|me|team|company|firm|startup|start-up|agency|business|organisation|organization|practice|charity|trust|shop|scale-?up|sme)\b/i;

/**
 * Tokens as a model counts them: input, output or cached tokens, millions of them ("10m tokens", "2 million
 * tokens"), a price or a rate per token. Tokens alone may be an arcade's or a gift shop's ("500 tokens for £90").
 */
const MODEL_TOKENS = /\b(?:(?:input|output|cached|cache|prompt|completion|context|reasoning|thinking)\s+tokens?|\d+(?:[.,]\d+)?\s*(?:k|m|mn|b|bn|million|billion|thousand)\s+(?:\w+\s+)?tokens?|per[- ](?:million[- ])?tokens?|tokens?\s+(?:per|a|each)\s+(?:second|sec|minute|min|hour|day|month|request|call|query)|tokens?[/ ](?:s|sec|mo|month|day)\b|token (?:price|pricing|cost|costs|bill|spend|usage|volume|count|limit|window)s?|tok\/s|mtok)\b/i;

/** Closed models, their makers and the clouds that resell them, as people name them: "chatgpt", "claude", "bedrock". */
const CLOSED_PRODUCTS = String.raw`gpt[\w.-]*|chatgpt|openai|anthropic|claude|gemini|copilot|bedrock|vertex`;

/**
 * Words that put a message about AI at all: a situation with none ("new office chairs for 30 people, lease or buy?
 * budget $12k") is some other purchase, whatever team size or budget it states.
 */
const ABOUT_AI = new RegExp(String.raw`\b(?:ai|a\.i\.|genai|llms?|(?:language |foundation |ai )?models?|${CLOSED_PRODUCTS}|watsonx|llama|mistral|deepseek|qwen|gemma|open[- ]?(?:weights?|source)|self[- ]?host\w*|apis?|gpus?|inference|fine[- ]?tun\w*|chat ?bots?|assistants?|prompts?|machine learning|ml(?:ops)?|vllm|ollama|llama\.cpp|hugging ?face|[ah]100s?|h200s?|l40s?|a10g?s?)\b`, 'i');

/** Every word of AI in a message, for `speaksPlainlyOfAi` (matchAll copies it, so its position is never shared). */
const EVERY_ABOUT_AI = new RegExp(ABOUT_AI.source, 'gi');

/**
 * Words of AI that have an everyday sense too: a car model, a gaming GPU, a personal assistant, a payroll API, prompt
 * payment, an open-source wiki. A message whose only words of AI are these may be about something else.
 */
const EVERYDAY_SENSE = /^(?:(?:language |foundation |ai )?models?|apis?|gpus?|assistants?|prompts?|open[- ]?source|self[- ]?host\w*)$/i;

/**
 * "should we…": what to do, though not always about how to deploy ("should we rely on explicit consent…?"). "how
 * worried should we be?" asks how bad something is, not what to do.
 */
const WORRY = 'worried|concerned|nervous|bothered|alarmed|wary|scared|afraid|panicking|panic';
const SHOULD = new RegExp(String.raw`(?<!\b(?:${WORRY})\s+)\bshould (?:we|i|they|our)\b(?!\s+(?:be\s+)?(?:${WORRY})\b)`, 'i');

/** Words of the deployment decision itself: how and where a model runs, who runs it, and moving off the one in use. */
const DECISION_WORDS = /\b(?:self[- ]?host\w*|open[- ]?(?:weights?|source)|closed|apis?|host(?:ed|ing)?|on[- ]?prem\w*|in[- ]house|hybrid|gpus?|own (?:models?|llms?|servers?|kit|hardware|infra\w*)|set-?up|stack|deploy\w*|run (?:it|llama|our own|models?|an? (?:open|model|llm))|(?:move|moving|switch\w*|migrat\w*|get|getting) (?:off|away from))\b/i;

/** A closed product or an API, one side of a deployment choice. */
const CLOSED_SIDE = String.raw`${CLOSED_PRODUCTS}|azure openai|apis?|closed (?:models?|llms?|apis?)`;
/** Running a model of one's own, the other side. */
const OWN_SIDE = String.raw`ourselves|our own|own (?:models?|llms?|kit|servers?|hardware|infra\w*|gpus?|box(?:es)?)|self[- ]?host\w*|on[- ]?prem\w*|in[- ]house|open[- ]?(?:weights?|source)?\s+(?:models?|llms?)|run (?:llama|mistral|qwen|deepseek|gemma|an open|one)|host (?:llama|mistral|qwen|deepseek|gemma|an open|one)`;

/** Not the place requests are sent to: "go to claude", "routed to our own model". */
const NOT_ROUTED = String.raw`(?<!\b(?:go|goes|going|gone|sent|send|sends|route|routed|routes|routing|pass|passed|forward|forwarded)\s+(?:\w+\s+)?to\s+(?:the\s+)?)`;

/** Asks that put the deployment decision itself: which option, what to do, a recommendation. */
const ASKS = new RegExp(
  [
    // "what do we owe as the deployer?" asks for duties, not what to do; "what do we do?" does.
    String.raw`\bwhat (?:should|would|shall|could) (?:we|i|you)\b|\bwhat do (?:we|i|you) do\b`,
    // "they won't say which model runs under the hood" reports what a vendor withholds: it asks no choice.
    String.raw`(?<!\b(?:say|says|said|tell|tells|told|disclose|discloses|disclosed|reveal|reveals|revealed|name|names|named|confirm|confirms|confirmed|share|shares|shared|specify|specifies|explain|explains|know|knows|knew)\s+(?:us\s+|you\s+|me\s+)?)\bwhich (?:one|option|way|route|approach|model|setup|deployment|path|should|is (?:best|better|right))\b`,
    String.raw`\b(?:api|apis|closed|open[- ]?(?:weights?|source)|self[- ]?host\w*|on[- ]?prem\w*|hybrid|managed|hosted|in[- ]house|build)\b[^.?!]{0,40}\bor\b[^.?!]{0,40}\b(?:api|apis|closed|open|self[- ]?host\w*|on[- ]?prem\w*|hybrid|managed|hosted|in[- ]house|buy|build|both)\b`,
    // A closed product or an API against running a model of one's own, either way round: "chatgpt team, or host an
    // open model ourselves in the uk?", "can client files go into claude, or do we need our own model?", "start on an
    // openai api or run llama on our own kit?".
    // "does that mean we have to run our own model?", "do we need to host it ourselves now?": whether running a model of
    // one's own is required is the decision too.
    String.raw`\b(?:have to|need to|must|forced to|obliged to)\s+(?:run|host|self[- ]?host|deploy|build)\s+(?:(?:it|an?|the)\s+)?(?:(?:open|open[- ]weights?|\w+)\s+)?(?:model\s+|llm\s+)?(?:ourselves|our own|in[- ]house|on[- ]prem\w*|locally)\b`,
    // (Not where requests are sent within a setup already hybrid: "should health data go to claude or to our own model?")
    String.raw`${NOT_ROUTED}\b(?:${CLOSED_SIDE})\b[^.?!]{0,60}\bor\b[^.?!]{0,50}\b(?:${OWN_SIDE})\b`,
    String.raw`${NOT_ROUTED}\b(?:${OWN_SIDE})\b[^.?!]{0,60}\bor\b[^.?!]{0,50}\b(?:${CLOSED_SIDE})\b`,
    String.raw`\b(?:recommend\w*|suggest\w*|advice|advise|thoughts|opinion|verdict)\b`,
    // A question typed in a statement's word order, as many non-native speakers type it: "we should self host for
    // the cost or for the data?", "i should move to llama now?".
    String.raw`\b(?:we|i) should (?:self[- ]?host\w*|host|run|move|switch|migrate|go|use|build|stay|keep)\b[^.!?]*\?`,
    // "…is that right?" on its own checks a claim ("our dpo thinks the eu region takes us out of reach of us law. is
    // that right?"); "is it right for us to self-host?" weighs a course.
    // "it's cheaper and we go live in 3 weeks" states the asker's reason; "it's worth self-hosting?" asks.
    String.raw`\b(?:is it|would it be|is that) (?:worth|time|sensible|smart|wise|better|cheaper)\b|\bit's (?:worth|time|sensible|smart|wise|better|cheaper)\b[^.?!]*\?|\b(?:is it|would it be|it's|is that) right\b(?!\s*[?!.]|\s*$)`,
    String.raw`\b(?:worth|time to|ready to|makes? sense to|does it make sense|make sense)\b[^.?!]{0,30}\b(?:self[- ]?host\w*|move|moving|switch\w*|open|closed|api|hybrid|on[- ]?prem\w*|run|host)`,
    String.raw`\b(?:go|stick|stay) with\b`,
    // "keep paying or switch to our own llama?", "stay on the api or move to open weights?": the option in use or another.
    String.raw`\b(?:keep|stay|stick|carry on|continue)\b[^.?!]{0,40}\bor\s+(?:\w+\s+)?(?:switch\w*|mov(?:e|ing)|migrat\w*|go|bring|run|host)\b[^.?!]{0,20}\b(?:our own|ourselves|in[- ]house|open|self[- ]?host\w*|llama|mistral|qwen|deepseek|gemma)`,
    String.raw`\b(?:help (?:us|me) (?:decide|choose|pick)|decide|choose|pick|right (?:choice|call|move|approach|option))\b`,
    String.raw`\b(?:best|right|sensible|cheapest) (?:option|approach|way|route|setup|fit|choice|path|bet)\b`,
    String.raw`\b(?:can|could) (?:we|i) (?:self[- ]?host|use (?:a |an )?(?:closed|open|api)|run (?:it|our own|llama|an open))`,
    String.raw`\bhow should (?:we|i) (?:deploy|host|run|buy|procure|set)\b`,
    String.raw`\bwhat do you (?:think|reckon)\b`,
    // "…the other option is llama on a managed gpu host. live in 4 weeks — which?": the options put, then a bare "which?".
    String.raw`(?:^|[,;:—–-]\s*|[.!]\s+)which(?: one)?\s*\?`,
    // Advice on how to run a model passed on and put up for judgement: "a friend says 'never rent an api, own your stack
    // from day one'. do we listen to him?", "our advisor says we should self-host. is he right?".
    String.raw`\b(?:says?|said|thinks?|reckons?|insists?|wants us to|told us|tells us|pushing (?:us )?(?:to|for))\b[^?!]{0,80}\b(?:self[- ]?host\w*|own (?:our |the |your )?(?:stack|models?|servers?|infra\w*|kit|hardware)|rent(?:ing)? an api|on[- ]?prem\w*|open[- ]?weights?|closed api|run (?:our own|it ourselves|llama))\b[^?]{0,120}\b(?:is (?:he|she|they|that) right|do (?:we|i) listen|should (?:we|i) listen|should (?:we|i) (?:do|follow) (?:it|that|this|them|him|her)|(?:is|was) (?:that|this|it) (?:good|right|sound) (?:advice|call)|(?:do|should) (?:we|i) agree|do (?:we|i) follow)\b`,
    String.raw`\bwhat(?:'s| is| would be| works) (?:the )?(?:best|right|better|sensible|smart|recommended)\b`,
    String.raw`\b(?:self[- ]?host\w*|open[- ]?(?:weights?|source)|closed|api|hybrid|switch\w*|mov(?:e|ing)|migrat\w*)\b[^.?!]{0,30}\bor not\b`,
    String.raw`\b(?:the )?way (?:to go|forward)\b|\bgo for\b`,
    String.raw`\b(?:api|apis|closed|open[- ]?(?:weights?|source)|self[- ]?host\w*|on[- ]?prem\w*|hybrid|managed|hosted)\b\s*(?:vs\.?|versus)\s*\b(?:api|apis|closed|open|self[- ]?host\w*|on[- ]?prem\w*|hybrid|managed|hosted)`,
    // "closed? open? api?" puts the options; "does openai sign a baa for the api?" names the product asked about.
    String.raw`(?<!\b(?:the|an?|their|its|our|your|this|that|for|via|through|to|with|by|on|in)\s)\b(?:closed|open[- ]?(?:weights?|source)|self[- ]?host\w*|hybrid|api|on[- ]?prem\w*)\s*\?`,
  ].join('|'),
  'i',
);

/**
 * An ask about what to get out of a vendor ("what should we make them hand over?", "what should we ask the
 * supplier for?"): a vendor question, not the deployment decision, whatever situation the message describes.
 */
const ASKS_OF_VENDOR = /\b(?:make|get|ask|push|force|require|demand|insist)\s+(?:them|they|the (?:vendor|supplier|provider|seller)s?)\b|\b(?:hand over|send (?:us|over)|give us|show us)\b|\bask (?:for|about)\b|\b(?:from|of) (?:them|the (?:vendor|supplier|provider))\s*\?/i;

/**
 * An ask for the items of something ("what cost lines should go on each side?", "which risks would we need to
 * cover?"), not for a choice between options.
 */
const ASKS_FOR_ITEMS = /\b(?:what|which)\s+(?!(?:one|option|way|route|approach|model|setup|set-up|deployment|path|choice|mode)s?\b)(?:[a-z-]+\s+){1,3}?(?:should|would|must|need to|needs to|ought to|do (?:we|i) need to)\s+(?:we\s+|i\s+)?(?:go|be|include|count|list|cover|consider|put|add|track|budget for|compare|check|look at)\b/i;

/** The last sentence of a message that carries a question mark: the ask, where the options may sit in the context. */
function lastQuestion(text: string): string | undefined {
  return text.match(/[^.?!\n]*\?/g)?.at(-1);
}

/**
 * An ask for items whose question sentence puts no choice: "cfo wants a tco for self-host vs api. what cost lines
 * should go on each side?" names the options in its context but asks what to count.
 */
function asksOnlyForItems(head: string): boolean {
  const ask = lastQuestion(head);
  return ask !== undefined && ASKS_FOR_ITEMS.test(ask) && !ASKS.test(ask) && !SHOULD.test(ask);
}

/** Does the message ask what to do (rather than what something is, or what to get out of a vendor)? */
export function asksWhatToDo(text: string): boolean {
  const head = text.slice(0, MAX_SITUATION_CHARS);
  return (ASKS.test(head) || SHOULD.test(head)) && !ASKS_OF_VENDOR.test(head) && !asksOnlyForItems(head);
}

/**
 * Does it ask the deployment decision itself? "we spend £800/mo, should we self-host?" does; "12 person accountancy,
 * should we let the partners paste client files into free chatgpt?" asks what to do about something else, which the
 * knowledge base answers better than a deployment recommendation when it can.
 */
export function asksTheDecision(text: string): boolean {
  const head = text.slice(0, MAX_SITUATION_CHARS);
  return (ASKS.test(head) || (SHOULD.test(head) && DECISION_WORDS.test(head))) && !ASKS_OF_VENDOR.test(head) && !asksOnlyForItems(head);
}

/** Whether a text names a way of running a model: self-hosting, an API, open or closed weights, a GPU, a stack. */
export function namesDeployment(text: string): boolean {
  return DECISION_WORDS.test(text);
}

/** A situation: the team speaks of itself and states an input, or states two inputs outright. */
export function describesSituation(text: string, readings: Readings, unheldSpend?: string): boolean {
  // A bill in money the stored rates do not hold is a stated input too, though it cannot be read as pounds.
  const n = Object.keys(readings).length + (unheldSpend && !readings.monthlySpendGBP ? 1 : 0);
  return n >= 2 || (n >= 1 && FIRST_PERSON.test(text.slice(0, MAX_SITUATION_CHARS)));
}

/**
 * Does a message asked in a channel speak of AI at all? Inside the decision workflow every situation is about AI; a
 * message in a channel may be about any purchase.
 */
export function speaksOfAi(text: string): boolean {
  return ABOUT_AI.test(text) || MODEL_TOKENS.test(text);
}

/**
 * Does a message speak of AI in words that have no other sense ("llm", "claude", "fine-tune", "mtok")? "which car model
 * should we lease?" and "what gpu for my son's gaming pc?" speak of AI only in words that do.
 */
export function speaksPlainlyOfAi(text: string): boolean {
  return MODEL_TOKENS.test(text) || [...text.matchAll(EVERY_ABOUT_AI)].some((m) => !EVERYDAY_SENSE.test(m[0]));
}

/** The answer path's cheap test on the words, before any situation is read: a message about AI asking what to do. */
export function asksWhatToDoAboutAi(text: string): boolean {
  return asksWhatToDo(text) && speaksOfAi(text);
}

/** The hook for the answer path: a message about AI that describes the team's situation and asks what to do about it. */
export function isSituationQuestion(text: string, readings: Readings = extractSituation(text)): boolean {
  return asksWhatToDoAboutAi(text) && describesSituation(text, readings);
}
