import type { Author, ChecklistAnswer, ChecklistStatus, Scope, VendorChecklist } from '../../workflows/store.ts';
import { vendorKey } from '../../workflows/store.ts';
import type { Row, SqlDb } from './sql-db.ts';

const now = () => new Date().toISOString();

function author(id: unknown, name: unknown) {
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
  return a;
}

async function insertChecklist(db: SqlDb, scope: Scope, vendor: string, by: Author): Promise<void> {
  const at = now();
  await db.run(
    `INSERT INTO checklists (platform, tenant, vendor_key, vendor, created_by_id, created_by_name, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (platform, tenant, vendor_key) DO NOTHING`,
    [scope.platform, scope.tenant, vendorKey(vendor), vendor.trim().replace(/\s+/g, ' '), by.id, by.name ?? null, at, at],
  );
}

async function load(db: SqlDb, scope: Scope, key: string): Promise<VendorChecklist | undefined> {
  const [row] = await db.all('SELECT * FROM checklists WHERE platform = ? AND tenant = ? AND vendor_key = ?', [scope.platform, scope.tenant, key]);
  if (!row) return undefined;
  const answers = await db.all('SELECT * FROM checklist_answers WHERE platform = ? AND tenant = ? AND vendor_key = ? ORDER BY question_id', [scope.platform, scope.tenant, key]);
  return {
    vendor: String(row.vendor),
    vendorKey: key,
    createdBy: author(row.created_by_id, row.created_by_name),
    createdAt: String(row.created_at),
    updatedAt: String(row.updated_at),
    answers: answers.map(toAnswer),
  };
}

export function getChecklist(db: SqlDb, scope: Scope, vendor: string): Promise<VendorChecklist | undefined> {
  return load(db, scope, vendorKey(vendor));
}

export function ensureChecklist(db: SqlDb, scope: Scope, vendor: string, by: Author): Promise<VendorChecklist> {
  return db.tx(async (tx) => {
    await insertChecklist(tx, scope, vendor, by);
    return (await load(tx, scope, vendorKey(vendor)))!;
  });
}

export async function listChecklists(db: SqlDb, scope: Scope): Promise<VendorChecklist[]> {
  const rows = await db.all('SELECT vendor_key FROM checklists WHERE platform = ? AND tenant = ? ORDER BY vendor_key', [scope.platform, scope.tenant]);
  const lists = await Promise.all(rows.map((r) => load(db, scope, String(r.vendor_key))));
  return lists.filter((c): c is VendorChecklist => c !== undefined);
}

/** Inside a transaction: creates the checklist if needed and upserts one question's answer. */
export async function upsertChecklistAnswer(db: SqlDb, scope: Scope, vendor: string, a: ChecklistAnswer): Promise<void> {
  await insertChecklist(db, scope, vendor, a.answeredBy);
  const key = vendorKey(vendor);
  await db.run(
    `INSERT INTO checklist_answers (platform, tenant, vendor_key, question_id, status, notes, evidence, answered_by_id, answered_by_name, answered_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (platform, tenant, vendor_key, question_id) DO UPDATE SET status = excluded.status, notes = excluded.notes,
       evidence = excluded.evidence, answered_by_id = excluded.answered_by_id, answered_by_name = excluded.answered_by_name,
       answered_at = excluded.answered_at`,
    [scope.platform, scope.tenant, key, a.questionId, a.status, a.notes ?? null, a.evidence ?? null, a.answeredBy.id, a.answeredBy.name ?? null, a.answeredAt],
  );
  await db.run('UPDATE checklists SET updated_at = ? WHERE platform = ? AND tenant = ? AND vendor_key = ?', [now(), scope.platform, scope.tenant, key]);
}

export function recordChecklistAnswer(db: SqlDb, scope: Scope, vendor: string, a: ChecklistAnswer): Promise<void> {
  return db.tx((tx) => upsertChecklistAnswer(tx, scope, vendor, a));
}
