import type { HeldExport, Scope } from '../../workflows/store.ts';
import type { SqlDb } from './sql-db.ts';

/** Deletes every expired export, of every workspace: run on each write and when the store opens. */
export async function pruneExports(db: SqlDb, now = new Date()): Promise<void> {
  await db.run('DELETE FROM held_exports WHERE expires_at <= ?', [now.toISOString()]);
}

export async function putExport(db: SqlDb, scope: Scope, file: HeldExport): Promise<void> {
  await db.tx(async (tx) => {
    await pruneExports(tx);
    await tx.run(
      `INSERT INTO held_exports (platform, tenant, id, name, mime_type, title, data_base64, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      [scope.platform, scope.tenant, file.id, file.name, file.mimeType, file.title ?? null, Buffer.from(file.data).toString('base64'), new Date(file.expiresAt).toISOString()],
    );
  });
}

export async function getExport(db: SqlDb, scope: Scope, id: string, now = new Date()): Promise<HeldExport | undefined> {
  const rows = await db.all('SELECT * FROM held_exports WHERE platform = ? AND tenant = ? AND id = ? AND expires_at > ?', [scope.platform, scope.tenant, id, now.toISOString()]);
  const r = rows[0];
  if (!r) return undefined;
  return {
    id: String(r.id),
    name: String(r.name),
    mimeType: String(r.mime_type),
    ...(r.title ? { title: String(r.title) } : {}),
    data: Buffer.from(String(r.data_base64), 'base64'),
    expiresAt: String(r.expires_at),
  };
}

export async function deleteExport(db: SqlDb, scope: Scope, id: string): Promise<void> {
  await db.run('DELETE FROM held_exports WHERE platform = ? AND tenant = ? AND id = ?', [scope.platform, scope.tenant, id]);
}
