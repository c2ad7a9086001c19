import type { AnswerReview, Author, ChecklistAnswer, ChecklistStatus, Conversation, EvidenceQuote, VendorChecklist } from '../../workflows/store.ts';
import { vendorKey } from '../../workflows/store.ts';
import { AppError, ErrorCode } from '../../bot/errors.ts';
import type { Row, SqlDb } from './sql-db.ts';

/**
 * Vendor checklists, keyed by conversation (platform + tenant + channel) and vendor: the same vendor started in
 * two channels is two checklists, and nothing here can reach a checklist without naming its conversation.
 */

const now = () => new Date().toISOString();

/**
 * The key columns of a conversation. An empty channel is refused: migration 2 parks checklists whose origin was
 * never recorded under channel '' precisely so that no conversation can see them.
 */
export function conversationKey(where: Conversation): [string, string, string] {
  if (!where.channel) throw new AppError(ErrorCode.InvalidInput, 'a checklist needs the conversation it belongs to');
  return [where.platform, where.tenant, where.channel];
}

export const KEY = 'platform = ? AND tenant = ? AND channel = ? AND vendor_key = ?';

export function author(id: unknown, name: unknown) {
  return { id: String(id), ...(name ? { name: String(name) } : {}) };
}

function toAnswer(r: Row): ChecklistAnswer {
  const a: ChecklistAnswer = {
    questionId: String(r.question_id),
    status: String(r.status) as ChecklistStatus,
    answeredBy: author(r.answered_by_id, r.answered_by_name),
    answeredAt: String(r.answered_at),
  };
  if (r.notes) a.notes = String(r.notes);
  if (r.evidence) a.evidence = String(r.evidence);
  if (r.quotes_json) a.quotes = JSON.parse(String(r.quotes_json)) as EvidenceQuote[];
  if (r.review_json) a.review = JSON.parse(String(r.review_json)) as AnswerReview;
  return a;
}

export async function insertChecklist(db: SqlDb, where: Conversation, vendor: string, by: Author): Promise<void> {
  const at = now();
  await db.run(
    `INSERT INTO checklists (platform, tenant, channel, vendor_key, vendor, created_by_id, created_by_name, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (platform, tenant, channel, vendor_key) DO NOTHING`,
    [...conversationKey(where), vendorKey(vendor), vendor.trim().replace(/\s+/g, ' '), by.id, by.name ?? null, at, at],
  );
}

function toChecklist(row: Row, answers: Row[]): VendorChecklist {
  return {
    vendor: String(row.vendor),
    vendorKey: String(row.vendor_key),
    createdBy: author(row.created_by_id, row.created_by_name),
    createdAt: String(row.created_at),
    updatedAt: String(row.updated_at),
    answers: answers.map(toAnswer),
  };
}

async function load(db: SqlDb, where: Conversation, key: string): Promise<VendorChecklist | undefined> {
  const params = [...conversationKey(where), key];
  const [row] = await db.all(`SELECT * FROM checklists WHERE ${KEY}`, params);
  if (!row) return undefined;
  return toChecklist(row, await db.all(`SELECT * FROM checklist_answers WHERE ${KEY} ORDER BY question_id`, params));
}

export function getChecklist(db: SqlDb, where: Conversation, vendor: string): Promise<VendorChecklist | undefined> {
  return load(db, where, vendorKey(vendor));
}

export function ensureChecklist(db: SqlDb, where: Conversation, vendor: string, by: Author): Promise<VendorChecklist> {
  return db.tx(async (tx) => {
    await insertChecklist(tx, where, vendor, by);
    return (await load(tx, where, vendorKey(vendor)))!;
  });
}

/** Every checklist of the conversation with its answers: two queries, however many vendors there are. */
export async function listChecklists(db: SqlDb, where: Conversation): Promise<VendorChecklist[]> {
  const params = conversationKey(where);
  const IN_CONVERSATION = 'platform = ? AND tenant = ? AND channel = ?';
  const rows = await db.all(`SELECT * FROM checklists WHERE ${IN_CONVERSATION} ORDER BY vendor_key`, params);
  if (rows.length === 0) return [];
  const answers = new Map<string, Row[]>(rows.map((row) => [String(row.vendor_key), []]));
  for (const a of await db.all(`SELECT * FROM checklist_answers WHERE ${IN_CONVERSATION} ORDER BY question_id`, params)) answers.get(String(a.vendor_key))?.push(a);
  return rows.map((row) => toChecklist(row, answers.get(String(row.vendor_key))!));
}

/**
 * Inside a transaction: creates the conversation's checklist if needed and upserts one question's answer. A
 * person has now answered the question, so its draft proposal (if any) ends here too.
 */
export async function upsertChecklistAnswer(db: SqlDb, where: Conversation, vendor: string, a: ChecklistAnswer): Promise<void> {
  await insertChecklist(db, where, vendor, a.answeredBy);
  const key = [...conversationKey(where), vendorKey(vendor)];
  await db.run(
    `INSERT INTO checklist_answers (platform, tenant, channel, vendor_key, question_id, status, notes, evidence, answered_by_id, answered_by_name, answered_at, quotes_json, review_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (platform, tenant, channel, vendor_key, question_id) DO UPDATE SET status = excluded.status, notes = excluded.notes,
       evidence = excluded.evidence, answered_by_id = excluded.answered_by_id, answered_by_name = excluded.answered_by_name,
       answered_at = excluded.answered_at, quotes_json = excluded.quotes_json, review_json = excluded.review_json`,
    [...key, a.questionId, a.status, a.notes ?? null, a.evidence ?? null, a.answeredBy.id, a.answeredBy.name ?? null, a.answeredAt,
      a.quotes?.length ? JSON.stringify(a.quotes) : null, a.review ? JSON.stringify(a.review) : null],
  );
  await db.run(`DELETE FROM checklist_drafts WHERE ${KEY} AND question_id = ?`, [...key, a.questionId]);
  await db.run(`UPDATE checklists SET updated_at = ? WHERE ${KEY}`, [now(), ...key]);
}

export function recordChecklistAnswer(db: SqlDb, where: Conversation, vendor: string, a: ChecklistAnswer): Promise<void> {
  return db.tx((tx) => upsertChecklistAnswer(tx, where, vendor, a));
}
