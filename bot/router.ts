import { appendCited, keepSentences, listItems } from './answer/citations.ts';
import { nearDuplicate } from './answer/compose.ts';
import { splitSentences } from '../knowledge/claims/sentences.ts';
import { asksTheDecision, namesDeployment } from '../workflows/decision/situation/asks.ts';
import { analyseQuestion } from './answer/question.ts';
import type { AnswerProgress, Citation, Reply, Turn, TurnOptions } from './turn.ts';
import type { Answerer, AnswerResult } from './answer/types.ts';
import type { WorkflowPort } from './workflow-port.ts';
import { helpReply, notUnderstoodReply, isSubcommand } from './help.ts';
import { AppError, ErrorCode, STORE_DEGRADED_NOTE, isAppError } from './errors.ts';
import { suggestedWorkflowChoices } from './answer/suggestions.ts';
import { untrusted } from '../workflows/inert/index.ts';
import { splitCommandLine } from './command-line.ts';
import { partReadNote, readablePart } from './input-limits.ts';
import { bullets, citedText, command, createReply, numbered, paragraph, plainText, type Block, type Inline } from './reply-doc.ts';

/** Where a turn goes. */
export type Route =
  | { to: 'help' }
  | { to: 'answer'; question: string }
  | { to: 'workflow-command'; sub: string; args: string[] }
  | { to: 'action'; action: string; value: unknown }
  | { to: 'workflow-text'; text: string }
  | { to: 'documents' }
  | { to: 'not-understood'; what?: string };

export const COMMAND_NAME = 'ai-procurement';
const HELP_WORDS = /^(help|\?|what can you do\??|commands|hi|hello|hey)$/i;

/** Splits "/ai-procurement checklist Acme AI" style text into command and args; undefined when it is not one. */
export function parseCommandText(text: string): { command: string; args: string[] } | undefined {
  const m = /^\/([a-z][a-z0-9-]*)\b\s*(.*)$/is.exec(text.trim());
  if (!m) return undefined;
  const rest = (m[2] ?? '').trim();
  return { command: (m[1] ?? '').toLowerCase(), args: splitCommandLine(rest) };
}

/** Decides where a turn goes, without side effects (so it is easy to test). */
export function routeTurn(turn: Turn): Route {
  const input = turn.input;
  if (input.kind === 'action') return { to: 'action', action: input.action, value: input.value };
  if (input.kind === 'documents') return { to: 'documents' };

  let command: { command: string; args: string[] } | undefined;
  if (input.kind === 'command') command = { command: input.command.replace(/^\//, '').toLowerCase(), args: input.args };
  else command = parseCommandText(input.text);

  if (command) {
    if (command.command !== COMMAND_NAME) return { to: 'not-understood', what: `/${command.command}` };
    const [first, ...rest] = command.args;
    const sub = (first ?? 'help').toLowerCase();
    if (sub === 'help') return { to: 'help' };
    if (sub === 'ask') {
      const question = rest.join(' ').trim();
      return question ? { to: 'answer', question } : { to: 'not-understood', what: '/ai-procurement ask (with no question)' };
    }
    if (isSubcommand(sub)) return { to: 'workflow-command', sub, args: rest };
    return { to: 'not-understood', what: `/ai-procurement ${first}` };
  }

  const text = input.kind === 'text' ? input.text.trim() : '';
  if (HELP_WORDS.test(text)) return { to: 'help' };
  // Nothing with letters in it: nothing to answer.
  if (!/\p{L}{2,}/u.test(text)) return { to: 'not-understood', what: text || undefined };
  return { to: 'workflow-text', text };
}

export interface RouterDeps {
  answerer?: Answerer;
  workflows?: WorkflowPort;
  /** Called when a question gets no grounded answer, so the knowledge owners see the gap. Must not throw. */
  onUnanswered?: (turn: Turn, question: string) => Promise<void>;
  /** A described situation that asks what to do gets the wizard's recommendation (bot/situation/); undefined otherwise. */
  situation?: (question: string) => Promise<Reply | undefined>;
  /** True while the store is unreachable: answers still go out, with a line saying so. */
  storeDegraded?: () => boolean;
  /** Rate limits (bot/question-gate.ts): a polite refusal instead of an answer, or undefined to answer. */
  admitQuestion?: (turn: Turn) => Promise<Reply | undefined>;
}

/** A pending-step lookup that needs the store; when the store is down the text is treated as a question instead. */
async function pendingStep(turn: Turn, text: string, deps: RouterDeps): Promise<Reply | undefined> {
  if (!deps.workflows?.text) return undefined;
  try {
    return await deps.workflows.text(turn, text);
  } catch (err) {
    if (isAppError(err) && err.code === ErrorCode.StoreUnavailable) return undefined;
    throw err;
  }
}

/**
 * A cited answer as bullets, one per sentence; a sentence numbering its own items ("Ask every AI vendor twelve
 * questions: (1) data use: …") is its lead followed by those items numbered, the last carrying the citation mark.
 */
function listedDoc(answer: string, citations: Citation[]): Block[] {
  const blocks: Block[] = [];
  let run: Inline[][] = [];
  const flush = () => {
    if (run.length) blocks.push(bullets(run));
    run = [];
  };
  for (const { lead, items, marker } of listItems(answer)) {
    if (lead === undefined && items.length === 1) {
      run.push(citedText(`${items[0]} ${marker}`, citations));
      continue;
    }
    flush();
    if (lead) blocks.push(paragraph(...citedText(lead, citations)));
    blocks.push(numbered(items.map((item, i) => citedText(i === items.length - 1 ? `${item} ${marker}` : item, citations))));
  }
  flush();
  return blocks;
}

/** Turns an answer into the neutral Reply. */
export function answerReply(result: AnswerResult): Reply {
  const reply = createReply({
    kind: result.answered ? 'answer' : 'no-answer',
    // Card sentences or a model's words: formatting is kept by the renderers, link-making is not. Its [n]
    // markers become citation marks tied to the citations.
    // Asked for as a list, it is shown as one: each sentence an item with its citation mark.
    doc: result.listed ? listedDoc(result.answer, result.citations) : [paragraph(...citedText(result.answer, result.citations))],
    citations: result.citations,
    confidence: result.confidence,
    mode: result.mode,
    notes: result.notes,
  });
  if (result.unknown?.length) reply.unknown = result.unknown;
  if (result.provider) reply.provider = result.provider;
  const next = suggestedWorkflowChoices(reply);
  if (next.length) reply.choices = next;
  if (!result.answered && result.closestTopics?.length) {
    const doc = [bullets(result.closestTopics.map((t) => [untrusted(t.title)]))];
    reply.sections = [{ title: 'Closest topics I do know about', doc, body: plainText(doc) }];
  }
  return reply;
}

/**
 * The reply to a question that may describe a situation: the recommendation when the situation decides one,
 * otherwise the grounded answer followed by what a recommendation would need, or that request alone when nothing
 * is grounded. `kb eval` grades exactly this.
 */
export function situatedAnswer(question: string, situated: Reply | undefined, result: AnswerResult): Reply {
  // A message declined for trying to steer the bot stays declined: the situation it describes was written by the
  // same hand ("…must state that Provider is fully GDPR compliant. can we sign today?"). So does one about something
  // other than buying AI: "what gpu for my son's gaming pc, budget £500?" describes no AI bill.
  if (result.steered || result.offTopic) return answerReply(result);
  if (situated && decides(situated)) {
    // The recommendation stands on the situation, but what the message names that the knowledge base lacks ("…on
    // paperspace…") is said first, as the answer would have said it, whether or not the answer itself was declined.
    if (result.unknown?.length) return withNotCovered(situated, result);
    if (!result.answered) return situated;
    // A "should we…" about something other than how to deploy takes the knowledge base's answer; the recommendation
    // stays for when there is none. So does a sum on the asker's own figures ("the gpu budget is $5k/month tops. could
    // we run llama 3.1 70b on 4x h100…?" is answered in GPU-hours, not with "Recommendation: Closed API").
    // Nor does a card's verdict choosing between the two options the message weighs ("tune through the vendor's api
    // or take open weights?").
    return asksTheDecision(question) && !asksOfNamedVersion(question) && !result.figured && !result.chosen ? withGroundedFacts(situated, result) : answerReply(result);
  }
  if (situated && !result.answered) return situated;
  const reply = answerReply(result);
  if (situated) {
    reply.notes = [...(reply.notes ?? []), situated.text];
    if (situated.recommendation) reply.recommendation = situated.recommendation;
  }
  return reply;
}

/** The answer's opening that names what the knowledge base lacks: "The knowledge base has nothing on Paperspace." */
const NOT_COVERED_OPENING = /^The knowledge base has (?:nothing on|no price for) .*?\.(?=\s|$)/;

/** A recommendation opened by the sentence naming what the knowledge base lacks, with the names as `unknown`. */
function withNotCovered(situated: Reply, result: AnswerResult): Reply {
  const opening = NOT_COVERED_OPENING.exec(result.answer)?.[0];
  const { text: _plain, ...rest } = situated;
  const reply = opening ? createReply({ ...rest, doc: [paragraph(untrusted(opening)), ...situated.doc] }) : createReply({ ...rest });
  reply.unknown = result.unknown ?? [];
  return reply;
}

/** A name with a version: "gemma 4", "gpt-5.2", "mistral large 3", "olmo 2", "article 28". */
const VERSION_IN_TEXT = /\b(?!(?:in|on|at|by|for|to|of|from|since|until|till|about|around|over|under|with|than|per|every|each|last|next|the|a|an|and|or|our|we|us|is|are|was|be|top|first|only|just|q|year|years|month|months|week|weeks|day|days|staff|people|team|devs|users|seats|got|have|has|had|hired?|employ|employs|need|needs)\b)[a-z][a-z-]*[\s-]?\d{1,2}(?:\.\d+)*\b(?![\d,.]*\s*(?:k\b|%|people|staff|users|seats|devs|months?|years?|weeks?|days?|employees|ftes?|heads|[a-z]+(?:er|or|ist|ian|ant)s\b))/i;

/**
 * The asking clause weighs named versions of things, not how to run a model: "which one can we build a commercial
 * product on, mistral large 2 or large 3?", "worth moving to gemma 4 for the licence?". The knowledge base answers it
 * (its answer leads), whatever situation the message describes around it.
 */
function asksOfNamedVersion(question: string): boolean {
  const analysis = analyseQuestion(question);
  // The versions may be the subject a short ask leans on ("mistral large 2 or large 3, which one…?").
  return VERSION_IN_TEXT.test(`${analysis.qualifiers} ${analysis.core}`) && !namesDeployment(analysis.asking ?? analysis.core);
}

/**
 * A recommendation followed by the knowledge base's own answer to the question, so "regulator requires EU
 * residency: self-host?" also gets the facts behind it. Citations are renumbered so each page keeps one number.
 */
function withGroundedFacts(situated: Reply, result: AnswerResult): Reply {
  // A fact the recommendation already gives ("At £600 a month you are below the £1,500 crossover…") is not said
  // again below it; when nothing new is left, the recommendation stands alone.
  const given = situated.text.split(/\s*(?:\[\d+\]|•|\n)\s*/).filter(Boolean);
  // Nor does the answer's own yes/no or crossover verdict follow it: the recommendation is the call, and a second one
  // beneath it ("Self-hosting is likely to pay: …" under "Recommendation: Hybrid") would compete with it.
  // When nothing else is left, its facts stay, stated without the call ("Yes: when a regulator requires…" gives "When a
  // regulator requires…").
  const verdict = result.verdict?.trim();
  const keep = (answer: string) => keepSentences({ text: answer, citations: result.citations }, (sentence) => sentence !== verdict && !given.some((g) => nearDuplicate(sentence, g)));
  const facts = verdict ? factsOfVerdict(verdict) : undefined;
  // A verdict's sentences after its call are facts ("Self-hosting at entry level costs about £1,500 a month…" after
  // "At £600 a month you are below the £1,500 crossover…"): they stay, unless the recommendation gives them.
  const [, ...after] = verdict ? splitSentences(verdict) : [];
  const others = keep(verdict && after.length ? result.answer.replace(verdict, after.join(' ')) : result.answer);
  const grounded = !others.text && verdict && facts ? keep(result.answer.replace(verdict, facts)) : others;
  if (!grounded.text) return situated;
  const { text, citations } = appendCited(situated.citations ?? [], grounded);
  const { text: _plain, ...rest } = situated;
  return createReply({ ...rest, doc: [...situated.doc, paragraph('From the knowledge base: ', ...citedText(text, citations))], citations });
}

/** A verdict's call before its colon: "Yes:", "No, not for the transfer itself:", "Usually yes:", "Nearly:". */
const CALL = /^(?:(?:usually|mostly|generally|probably|nearly|almost|partly|not yet|not quite|not always|only|yes|no)\b[^:.]{0,60}):\s+(\S)/i;

/** The facts a verdict states, without its call; undefined for a verdict that is all call. */
function factsOfVerdict(verdict: string): string | undefined {
  const m = CALL.exec(verdict);
  if (!m) return undefined;
  const rest = verdict.slice(m[0].length - 1);
  return rest.length > 20 ? `${rest.charAt(0).toUpperCase()}${rest.slice(1)}` : undefined;
}

/** True for a situation reply that carries a recommendation (not a request for the inputs still missing). */
export function decides(reply: Reply | undefined): boolean {
  return Boolean(reply?.recommendation && 'mode' in reply.recommendation);
}

/** Executes a route against the services; every failure becomes a clear AppError upstream. */
export async function dispatch(turn: Turn, route: Route, deps: RouterDeps, options?: TurnOptions): Promise<Reply> {
  switch (route.to) {
    case 'help':
      return helpReply();
    case 'not-understood': {
      // "1800" or "n/a" has no words, but it may be the answer a workflow step is waiting for.
      const typed = turn.input.kind === 'text' ? turn.input.text.trim() : '';
      const pending = typed && !typed.startsWith('/') ? await pendingStep(turn, typed, deps) : undefined;
      return pending ?? notUnderstoodReply(route.what);
    }
    case 'answer':
      return answer(turn, route.question, deps, options);
    case 'documents':
      if (!deps.workflows?.documents) throw new AppError(ErrorCode.NotAvailableYet, 'Reading vendor documents');
      return deps.workflows.documents(turn);
    case 'workflow-command':
      if (!deps.workflows) throw new AppError(ErrorCode.NotAvailableYet, [command(route.sub)]);
      return deps.workflows.command(turn, route.sub, route.args);
    case 'workflow-text': {
      const pending = await pendingStep(turn, route.text, deps);
      return pending ?? answer(turn, route.text, deps, options);
    }
    case 'action': {
      // A one-word command button ("decide", "status"); anything with a vendor, run or format is a typed action.
      if (route.action === 'command' && typeof route.value === 'string') {
        const args = splitCommandLine(route.value);
        return dispatch(turn, routeTurn({ ...turn, input: { kind: 'command', command: COMMAND_NAME, args } }), deps, options);
      }
      const handled = deps.workflows ? await deps.workflows.action(turn, route.action, route.value) : undefined;
      if (handled) return handled;
      return notUnderstoodReply(`the button "${route.action}"`);
    }
  }
}

async function answer(turn: Turn, typed: string, deps: RouterDeps, options?: TurnOptions): Promise<Reply> {
  const refused = await deps.admitQuestion?.(turn);
  if (refused) return refused;
  // A long message is read in part, as is each earlier turn it follows (bot/input-limits.ts).
  const question = readablePart(typed);
  const history = turn.history?.map((h) => ({ ...h, text: readablePart(h.text) }));
  // A described situation with enough to decide gets the wizard's recommendation. One too thin to decide ("our
  // govt customers score strategic autonomy: self-host?") still gets the grounded answer, followed by what is
  // needed for a recommendation; only when nothing is grounded does the request for inputs stand alone.
  const situated = await deps.situation?.(question);
  if (!deps.answerer && situated) return situated;
  if (!deps.answerer) throw new AppError(ErrorCode.NotAvailableYet, 'Answering questions');
  // Streamed text is the model's, so it reaches the adapters marked untrusted like the final answer.
  const onPartial = options?.onPartial;
  const marked: TurnOptions | undefined = onPartial ? { ...options, onPartial: (soFar: string) => onPartial(untrusted(soFar)) } : options;
  // The extractive path reports what it found once it has answered; the model path reports it before writing.
  let found = false;
  const report = options?.onProgress;
  const progress = report ? { ...marked, onProgress: (p: AnswerProgress) => ((found ||= p.step === 'found'), safely(() => report(p))) } : marked;
  progress?.onProgress?.({ step: 'searching' });
  const result = await deps.answerer.answer({ question, channel: turn.channel, ...(history ? { history } : {}) }, progress);
  if (!found) progress?.onProgress?.({ step: 'found', sources: result.citations.length });
  if (!result.answered && !situated) await deps.onUnanswered?.(turn, question);
  const reply = situatedAnswer(question, situated, result);
  if (question !== typed) reply.notes = [...(reply.notes ?? []), partReadNote(typed.length)];
  // Checked last, so a store failure seen while logging the gap counts too.
  if (deps.storeDegraded?.()) reply.notes = [...(reply.notes ?? []), STORE_DEGRADED_NOTE];
  return reply;
}

/** A progress display must never cost the answer. */
function safely(show: () => void): void {
  try {
    show();
  } catch {
    // The adapter's display failed; the answer goes on.
  }
}
