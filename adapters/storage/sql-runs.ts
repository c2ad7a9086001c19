import { randomBytes } from 'node:crypto';
import type { Conversation, NewRun, RunFilter, RunProgress, Scope, StepRecord, WorkflowRun, RunAnswer, RunKind, RunStatus } from '../../workflows/store.ts';
import { vendorKey } from '../../workflows/store.ts';
import { AppError, ErrorCode } from '../../bot/errors.ts';
import type { Row, SqlDb, SqlParam } from './sql-db.ts';
import { conversationKey, upsertChecklistAnswer } from './sql-checklists.ts';

const now = () => new Date().toISOString();
const opt = (v: unknown) => (v === null || v === undefined ? undefined : String(v));

function toRun(r: Row, answers: RunAnswer[]): WorkflowRun {
  const run: WorkflowRun = {
    id: String(r.id),
    platform: String(r.platform),
    tenant: String(r.tenant),
    kind: String(r.kind) as RunKind,
    channel: String(r.channel),
    status: String(r.status) as RunStatus,
    startedBy: { id: String(r.started_by_id), ...(r.started_by_name ? { name: String(r.started_by_name) } : {}) },
    createdAt: String(r.created_at),
    updatedAt: String(r.updated_at),
    answers,
  };
  if (opt(r.thread)) run.thread = opt(r.thread);
  if (opt(r.subject)) run.subject = opt(r.subject);
  if (opt(r.current_step)) run.currentStep = opt(r.current_step);
  return run;
}

async function answersOf(db: SqlDb, scope: Scope, runId: string): Promise<RunAnswer[]> {
  const rows = await db.all('SELECT * FROM run_answers WHERE platform = ? AND tenant = ? AND run_id = ? ORDER BY seq', [scope.platform, scope.tenant, runId]);
  return rows.map((a) => ({
    stepId: String(a.step_id),
    value: JSON.parse(String(a.value_json)) as unknown,
    author: { id: String(a.author_id), ...(a.author_name ? { name: String(a.author_name) } : {}) },
    answeredAt: String(a.answered_at),
  }));
}

export async function getRun(db: SqlDb, scope: Scope, runId: string): Promise<WorkflowRun | undefined> {
  const [row] = await db.all('SELECT * FROM runs WHERE platform = ? AND tenant = ? AND id = ?', [scope.platform, scope.tenant, runId]);
  return row ? toRun(row, await answersOf(db, scope, runId)) : undefined;
}

async function mustGetRun(db: SqlDb, scope: Scope, runId: string): Promise<WorkflowRun> {
  const run = await getRun(db, scope, runId);
  if (!run) throw new AppError(ErrorCode.NotFound, `the workflow run ${runId}`);
  return run;
}

export async function createRun(db: SqlDb, scope: Scope, run: NewRun): Promise<WorkflowRun> {
  // A run without a conversation could never be continued (every write names one): refuse it up front.
  conversationKey({ ...scope, channel: run.channel });
  const id = randomBytes(6).toString('hex');
  const at = now();
  await db.run(
    `INSERT INTO runs (platform, tenant, id, kind, channel, thread, subject, subject_key, status, current_step,
       started_by_id, started_by_name, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?, ?, ?)`,
    [scope.platform, scope.tenant, id, run.kind, run.channel, run.thread ?? null, run.subject ?? null,
      run.subject ? vendorKey(run.subject) : null, run.currentStep ?? null, run.startedBy.id, run.startedBy.name ?? null, at, at],
  );
  return mustGetRun(db, scope, id);
}

export async function listRuns(db: SqlDb, scope: Scope, filter: RunFilter = {}): Promise<WorkflowRun[]> {
  const where = ['platform = ?', 'tenant = ?'];
  const params: SqlParam[] = [scope.platform, scope.tenant];
  const add = (clause: string, value: SqlParam) => {
    where.push(clause);
    params.push(value);
  };
  if (filter.channel !== undefined) add('channel = ?', filter.channel);
  if (filter.status) add('status = ?', filter.status);
  if (filter.kind) add('kind = ?', filter.kind);
  if (filter.subject !== undefined) add('subject_key = ?', vendorKey(filter.subject));
  const rows = await db.all(`SELECT * FROM runs WHERE ${where.join(' AND ')} ORDER BY updated_at DESC, created_at DESC, id`, params);
  return Promise.all(rows.map(async (r) => toRun(r, await answersOf(db, scope, String(r.id)))));
}

/**
 * The active run of this conversation and thread whose step waits for a typed answer, the most recently moved one:
 * one indexed query, and the run's answers are read only when there is one (the usual answer is none).
 */
export async function waitingRun(db: SqlDb, where: Conversation, thread?: string): Promise<WorkflowRun | undefined> {
  const [row] = await db.all(
    `SELECT * FROM runs WHERE platform = ? AND tenant = ? AND channel = ? AND status = 'active'
       AND COALESCE(current_step, '') <> '' AND COALESCE(thread, '') = ? ORDER BY updated_at DESC, created_at DESC, id LIMIT 1`,
    [where.platform, where.tenant, where.channel, thread ?? ''],
  );
  return row ? toRun(row, await answersOf(db, where, String(row.id))) : undefined;
}

/** Moves a run on; only a run of this conversation matches, so another conversation's run id is simply not found. */
async function applyProgress(db: SqlDb, where: Conversation, runId: string, progress: RunProgress): Promise<void> {
  const sets = ['updated_at = ?'];
  const params: SqlParam[] = [now()];
  if (progress.currentStep !== undefined) {
    sets.push('current_step = ?');
    params.push(progress.currentStep);
  }
  if (progress.status) {
    sets.push('status = ?');
    params.push(progress.status);
  }
  const [platform, tenant, channel] = conversationKey(where);
  const changed = await db.run(`UPDATE runs SET ${sets.join(', ')} WHERE platform = ? AND tenant = ? AND channel = ? AND id = ?`, [...params, platform, tenant, channel, runId]);
  if (changed === 0) throw new AppError(ErrorCode.NotFound, `the workflow run ${runId}`);
}

export function updateRun(db: SqlDb, where: Conversation, runId: string, progress: RunProgress): Promise<WorkflowRun> {
  return db.tx(async (tx) => {
    await applyProgress(tx, where, runId, progress);
    return mustGetRun(tx, where, runId);
  });
}

export function recordStep(db: SqlDb, where: Conversation, record: StepRecord): Promise<WorkflowRun> {
  const { runId, answer } = record;
  return db.tx(async (tx) => {
    // Moving the run first proves it exists in this conversation before anything is written.
    await applyProgress(tx, where, runId, record.next);
    await tx.run(
      `INSERT INTO run_answers (platform, tenant, run_id, step_id, seq, value_json, author_id, author_name, answered_at)
       VALUES (?, ?, ?, ?, (SELECT COUNT(*) FROM run_answers WHERE platform = ? AND tenant = ? AND run_id = ?), ?, ?, ?, ?)
       ON CONFLICT (platform, tenant, run_id, step_id) DO UPDATE SET value_json = excluded.value_json,
         author_id = excluded.author_id, author_name = excluded.author_name, answered_at = excluded.answered_at`,
      [where.platform, where.tenant, runId, answer.stepId, where.platform, where.tenant, runId,
        JSON.stringify(answer.value ?? null), answer.author.id, answer.author.name ?? null, answer.answeredAt],
    );
    // The run belongs to `where` (proved above), so its answer lands in that conversation's checklist.
    if (record.checklist) await upsertChecklistAnswer(tx, where, record.checklist.vendor, record.checklist.answer);
    return mustGetRun(tx, where, runId);
  });
}
