import type { DeletedRows, Scope } from '../../workflows/store.ts';
import type { SqlDb } from './sql-db.ts';

/**
 * Every table holding a workspace's data, keyed by platform + tenant: the one list an uninstall deletes from. A
 * contract test finds every table with those two columns and fails when one is missing here.
 */
export const WORKSPACE_TABLES = [
  'runs', 'run_answers', 'checklists', 'checklist_answers', 'feedback_votes', 'unanswered_questions',
  'processed_events', 'question_counts', 'held_exports', 'checklist_drafts', 'jobs',
] as const;

/** Deletes one workspace's rows from every table in WORKSPACE_TABLES, all or nothing. */
export async function deleteWorkspaceData(db: SqlDb, scope: Scope): Promise<DeletedRows> {
  return db.tx(async (tx) => {
    const deleted: DeletedRows = {};
    for (const table of WORKSPACE_TABLES) deleted[table] = await tx.run(`DELETE FROM ${table} WHERE platform = ? AND tenant = ?`, [scope.platform, scope.tenant]);
    return deleted;
  });
}
