import type { ChecklistAnswer, ChecklistDraft, Conversation, DraftAnswer, EvidenceQuote, ProposedStatus } from '../../workflows/store.ts';
import { vendorKey } from '../../workflows/store.ts';
import type { Row, SqlDb } from './sql-db.ts';
import { author, conversationKey, insertChecklist, KEY, upsertChecklistAnswer } from './sql-checklists.ts';

/**
 * Questionnaire drafts (migration 4): one row per proposed question, beside the checklist's answers and never
 * mixed with them, so nothing proposed counts as answered. Every read and write names the conversation.
 */

function toDraft(vendor: string, rows: Row[]): ChecklistDraft | undefined {
  const [first] = rows;
  if (!first) return undefined;
  const answers: DraftAnswer[] = rows.map((r) => ({
    questionId: String(r.question_id),
    status: String(r.status) as ProposedStatus,
    reason: String(r.reason),
    quotes: JSON.parse(String(r.quotes_json)) as EvidenceQuote[],
    judgedBy: r.judged_by === 'model' ? 'model' : 'rules',
  }));
  return {
    vendor,
    documents: JSON.parse(String(first.documents_json)) as string[],
    ...(first.thread ? { thread: String(first.thread) } : {}),
    sharedBy: author(first.shared_by_id, first.shared_by_name),
    proposedAt: String(first.proposed_at),
    answers,
  };
}

async function load(db: SqlDb, where: Conversation, key: string): Promise<ChecklistDraft | undefined> {
  const params = [...conversationKey(where), key];
  const [list] = await db.all(`SELECT vendor FROM checklists WHERE ${KEY}`, params);
  if (!list) return undefined;
  const rows = await db.all(`SELECT * FROM checklist_drafts WHERE ${KEY} ORDER BY question_id`, params);
  return toDraft(String(list.vendor), rows);
}

export function saveDraft(db: SqlDb, where: Conversation, draft: ChecklistDraft): Promise<void> {
  return db.tx(async (tx) => {
    await insertChecklist(tx, where, draft.vendor, draft.sharedBy);
    const key = [...conversationKey(where), vendorKey(draft.vendor)];
    await tx.run(`DELETE FROM checklist_drafts WHERE ${KEY}`, key);
    for (const a of draft.answers) {
      await tx.run(
        `INSERT INTO checklist_drafts (platform, tenant, channel, vendor_key, question_id, status, reason, quotes_json, judged_by,
           documents_json, thread, shared_by_id, shared_by_name, proposed_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [...key, a.questionId, a.status, a.reason, JSON.stringify(a.quotes), a.judgedBy,
          JSON.stringify(draft.documents), draft.thread ?? null, draft.sharedBy.id, draft.sharedBy.name ?? null, draft.proposedAt],
      );
    }
  });
}

export function getDraft(db: SqlDb, where: Conversation, vendor: string): Promise<ChecklistDraft | undefined> {
  return load(db, where, vendorKey(vendor));
}

export async function listDrafts(db: SqlDb, where: Conversation): Promise<ChecklistDraft[]> {
  const rows = await db.all('SELECT DISTINCT vendor_key FROM checklist_drafts WHERE platform = ? AND tenant = ? AND channel = ? ORDER BY vendor_key', conversationKey(where));
  const drafts = await Promise.all(rows.map((r) => load(db, where, String(r.vendor_key))));
  return drafts.filter((d): d is ChecklistDraft => d !== undefined);
}

/** Each reviewed answer is upserted, which ends its question's proposal; all or nothing. */
export function acceptDraftAnswers(db: SqlDb, where: Conversation, vendor: string, answers: ChecklistAnswer[]): Promise<void> {
  return db.tx(async (tx) => {
    for (const a of answers) await upsertChecklistAnswer(tx, where, vendor, a);
  });
}
