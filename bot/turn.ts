/**
 * The neutral model every adapter speaks: a platform event becomes a Turn, the core answers with a Reply,
 * and the adapter renders the Reply as Block Kit, an Adaptive Card or terminal text.
 * Nothing here knows about Slack, Teams or the terminal.
 */

export type Platform = 'console' | 'slack' | 'teams' | 'cli';

export interface TurnUser {
  id: string;
  name?: string;
}

/**
 * A file someone shared with the bot. The adapter knows how to fetch it (with its own credentials) but fetches it
 * only when the core asks, so a file shared in a thread that is not a checklist's is never downloaded. `load`
 * resolves with the bytes, or rejects with a DocumentRejected (too large, download failed) saying why.
 */
export interface TurnDocument {
  name: string;
  /** Size in bytes as the platform reports it, when it does. */
  size?: number;
  load(): Promise<Buffer>;
}

/** What the user did: typed text, ran a command, pressed a button / submitted a form, or shared files. */
export type TurnInput =
  | { kind: 'text'; text: string }
  | { kind: 'command'; command: string; args: string[] }
  | { kind: 'action'; action: string; value: unknown }
  /** Files shared with a message; `addressed` when the bot was mentioned or it is a direct message. */
  | { kind: 'documents'; text: string; documents: TurnDocument[]; addressed: boolean };

export interface Turn {
  platform: Platform;
  /** Slack team id, Teams tenant id, or "local" for the console and CLI. Every stored key is scoped by it. */
  tenant: string;
  channel: string;
  /** Thread (Slack thread_ts, Teams reply chain) when the turn belongs to one. */
  thread?: string;
  user: TurnUser;
  input: TurnInput;
  /** True in a direct message / personal chat. */
  isDirect?: boolean;
  /** Earlier turns of the same thread, oldest first, for follow-up questions. */
  history?: { role: 'user' | 'bot'; text: string }[];
}

export interface Citation {
  n: number;
  id: string;
  title: string;
  url: string | null;
  /** The passage the citation stands for (a card sentence or passage), for platforms that show it (Teams pop-ups). */
  snippet?: string;
}

/**
 * A button or menu entry. `action` is routed back as a Turn input of kind "action" with this value: a string,
 * or a typed WorkflowAction (a Slack button carries it as JSON text, a Teams card as an object).
 */
export interface Choice {
  action: string;
  label: string;
  value: string | WorkflowAction;
  style?: 'primary' | 'danger';
}

export interface ReplyFile {
  name: string;
  mimeType: string;
  data: Buffer;
  title?: string;
}

export interface ReplySection {
  title?: string;
  /** The section's content as a neutral document (bot/reply-doc.ts). */
  doc: Block[];
  /** Plain-text fallback of `doc`, derived by createReply. */
  body: string;
}

export type { StepInputKind, StepView } from '../workflows/step-view.ts';
import type { StepView } from '../workflows/step-view.ts';
import type { WorkflowAction } from '../workflows/workflow-action.ts';
import type { SituationJson } from '../workflows/decision/situation/json.ts';
import type { Block } from './reply-doc.ts';

/** `none`: nothing to say (files shared in a thread that is no checklist's, without a mention): adapters post nothing. */
export type ReplyKind = 'answer' | 'no-answer' | 'help' | 'not-understood' | 'workflow' | 'status' | 'export' | 'error' | 'info' | 'none';

export interface Reply {
  kind: ReplyKind;
  /**
   * What the bot says, as a neutral document (bot/reply-doc.ts: paragraphs, lists, emphasis, citation marks,
   * command mentions) that each adapter renders in its own dialect. Every text in a Reply may hold spans marked
   * untrusted (bot/inert: vendor names, notes, echoed input, document and model text); renderers make them
   * inert, and no text ever becomes a link. Links come only from structured fields the renderer builds itself
   * (citations, files). Build a Reply with createReply.
   */
  doc: Block[];
  /** Plain-text fallback of `doc` (and the step), derived by createReply; never parsed by a renderer. */
  text: string;
  sections?: ReplySection[];
  citations?: Citation[];
  choices?: Choice[];
  files?: ReplyFile[];
  step?: StepView;
  /** Named things the question asked about that the knowledge base does not hold (answers only). */
  unknown?: string[];
  /** Retrieval confidence in [0, 1] for answers. */
  confidence?: number;
  /** One-line notes shown under an answer (model unavailable, data redacted, ...). */
  notes?: string[];
  mode?: 'extractive' | 'model';
  provider?: string;
  /** For a message describing the team's situation: the recommendation by the wizard's rules, or what is missing. */
  recommendation?: SituationJson;
}

/** Streaming hook: adapters that can edit a message in place pass it to see an answer as it arrives. */
export interface TurnOptions {
  /** The answer so far, marked untrusted (bot/inert) like every text the core did not write itself. */
  onPartial?: (textSoFar: string) => void;
  /** Progress of an answer, for platforms that show its steps (Slack task_update chunks). Must not throw. */
  onProgress?: (progress: AnswerProgress) => void;
}

/** A step of answering a question: searching the knowledge base, what it found, the model writing. */
export type AnswerProgress =
  | { step: 'searching' }
  | { step: 'found'; sources: number }
  /** `model` is the configured model name (or provider): ours, never user text. */
  | { step: 'writing'; model: string };
