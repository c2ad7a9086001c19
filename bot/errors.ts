/**
 * Coded errors with one table of user-facing texts (STYLE.md rule 7). Internals go to the log;
 * the user always gets a sentence that says what happened and what to do.
 */
import type { Reply } from './turn.ts';
import { code, command, createReply, paragraph, plainText, type Inline } from './reply-doc.ts';
export const ErrorCode = {
  ConfigInvalid: 'config_invalid',
  NotAvailableYet: 'not_available_yet',
  UnknownCommand: 'unknown_command',
  InvalidInput: 'invalid_input',
  NotFound: 'not_found',
  Forbidden: 'forbidden',
  ModelUnavailable: 'model_unavailable',
  StoreUnavailable: 'store_unavailable',
  IndexUnavailable: 'index_unavailable',
  ExportFailed: 'export_failed',
  Internal: 'internal',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * What the user reads for each code. `{detail}` is replaced by the error's safe detail, when it has one; `{help}`
 * is the help command and `{kb-build}` the operator's command, each written the way the platform types it.
 */
export const USER_MESSAGES: Record<ErrorCode, string> = {
  config_invalid: 'The bot is not configured correctly: {detail}',
  not_available_yet: '{detail} is not available yet in this version of ai-procurement.',
  unknown_command: 'I do not know the command "{detail}". Try {help} to see what I can do.',
  invalid_input: 'That input is not valid: {detail}',
  not_found: 'I could not find {detail}.',
  forbidden: 'That belongs to another workspace or conversation, so I cannot open it.',
  model_unavailable: 'The language model is unavailable right now, so this answer comes straight from the knowledge base.',
  store_unavailable: 'I could not reach my storage just now, so nothing was changed. Please try again in a minute.',
  index_unavailable: 'The knowledge index is not ready. An operator should run {kb-build}.',
  export_failed: 'I could not produce that document ({detail}). Your answers are saved; try another format or try again.',
  internal: 'Something went wrong on my side. Nothing you entered was lost; please try again.',
};

/** The line under an answer given while the store is unreachable (the answer itself needs no store). */
export const STORE_DEGRADED_NOTE = 'My storage is unreachable right now, so feedback and history are unavailable; this answer comes straight from the knowledge base.';

/** Exit codes of the CLI. */
export const ExitCode = { Ok: 0, Failure: 1, Usage: 2 } as const;

export class AppError extends Error {
  readonly code: ErrorCode;
  /** Safe to show the user (never a secret, never a stack); may name a command (bot/reply-doc.ts). */
  readonly detail?: string | Inline[];
  constructor(code: ErrorCode, detail?: string | Inline[], options?: { cause?: unknown }) {
    super(detail ? `${code}: ${typeof detail === 'string' ? detail : plainText([paragraph(...detail)])}` : code, options);
    this.name = 'AppError';
    this.code = code;
    this.detail = detail;
  }
}

export function isAppError(err: unknown): err is AppError {
  return err instanceof AppError;
}

/** Wraps anything thrown into an AppError; unknown errors become `internal` (their message stays in the log). */
export function asAppError(err: unknown): AppError {
  if (isAppError(err)) return err;
  return new AppError(ErrorCode.Internal, undefined, { cause: err });
}

const PLACEHOLDERS: Record<string, Inline> = { '{help}': command('help'), '{kb-build}': code('ai-procurement kb build') };

/** The sentence a user sees for an error, as neutral inline pieces each adapter renders. */
export function errorDoc(err: unknown): Inline[] {
  const e = asAppError(err);
  const detail = typeof e.detail === 'string' ? (e.detail ? [e.detail] : []) : (e.detail ?? []);
  let template = USER_MESSAGES[e.code];
  if (!detail.length) template = template.replace('{detail}', '').replace(/\s+([.:])/g, '$1').trim();
  return template.split(/(\{[a-z-]+\})/).flatMap((piece): Inline[] => (piece === '{detail}' ? detail : PLACEHOLDERS[piece] ? [PLACEHOLDERS[piece]] : piece ? [piece] : []));
}

/** The sentence a user sees for an error, as plain text (where no renderer is at hand). */
export function userMessage(err: unknown): string {
  return plainText([paragraph(...errorDoc(err))]);
}

/** The error as a neutral Reply. */
export function errorReply(err: unknown): Reply {
  return createReply({ kind: 'error', doc: [paragraph(...errorDoc(err))] });
}

/** The error's detail as plain text, for its length in a log line or a start-up message. */
export function detailText(e: AppError): string {
  return typeof e.detail === 'string' ? e.detail : e.detail ? plainText([paragraph(...e.detail)]) : '';
}
