import { isHttpUrl } from '../http-url.ts';
import type { AnswerInput, ParseResult } from '../steps.ts';
import type { ChecklistStatus } from '../store.ts';
import { CHECKLIST_STATUSES, toStatus } from './statuses.ts';

/** A checklist step's stored value. */
export interface ChecklistStepValue {
  status: ChecklistStatus;
  notes?: string;
  evidence?: string;
}

const MULTI_WORD = ['skip for now', 'not applicable', 'red flag', 'red-flag', 'n/a'];

/** The status word(s) at the start, and what follows after an optional separator. */
function splitHead(text: string): { head: string; rest: string } {
  const lower = text.toLowerCase();
  const hit = MULTI_WORD.find((p) => lower.startsWith(p) && !/[a-z0-9]/i.test(lower.charAt(p.length)));
  const head = hit ? text.slice(0, hit.length) : (/^[^\s:;,]*/.exec(text)?.[0] ?? '');
  const rest = text.slice(head.length).replace(/^\s*[:;,—–-]?\s*/, '').trim();
  return { head: head.replace(/[.!]+$/, ''), rest };
}

const URL_RE = /\bhttps?:\/\/[^\s<>"]+/i;
export const MAX_NOTES = 2000;


/**
 * Reads `concern: no SLA credits https://vendor.example/sla` (terminal, thread) or a form's
 * {answer, notes, evidence}. The status comes first (id, label, alias or 1-5); the first URL in the rest
 * becomes the evidence, the remaining text the notes.
 */
export function parseChecklistAnswer(input: AnswerInput): ParseResult {
  const text = String(input.answer ?? '').trim();
  const { head, rest: tail } = splitHead(text);
  const status = toStatus(head);
  if (!status) {
    return { ok: false, error: `"${text.slice(0, 40)}" does not start with a status: use one of ${CHECKLIST_STATUSES.join(', ')} (or 1-5), then optional notes and an evidence URL` };
  }
  let rest = tail;
  let evidence = input.evidence?.trim() || undefined;
  if (!evidence) {
    const raw = URL_RE.exec(rest)?.[0];
    if (raw) {
      // Sentence punctuation after a URL is not part of it.
      evidence = raw.replace(/[.,;)]+$/, '');
      rest = rest.replace(raw, ' ').replace(/\s{2,}/g, ' ').replace(/[\s,;:—–-]+$/, '').trim();
    }
  }
  const notes = [input.notes?.trim(), rest].filter(Boolean).join(' ').trim() || undefined;
  if (evidence && !isHttpUrl(evidence)) return { ok: false, error: `evidence must be an http(s) URL, got "${evidence.slice(0, 60)}"` };
  if (notes && notes.length > MAX_NOTES) return { ok: false, error: `notes are limited to ${MAX_NOTES} characters (got ${notes.length})` };
  const value: ChecklistStepValue = { status };
  if (notes) value.notes = notes;
  if (evidence) value.evidence = evidence;
  return { ok: true, value };
}
