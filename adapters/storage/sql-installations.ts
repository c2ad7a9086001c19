import type { DeletedInstallation, InstallationKey } from '../../workflows/store.ts';
import { AppError, ErrorCode } from '../../bot/errors.ts';
import type { SqlDb, SqlParam } from './sql-db.ts';

/**
 * The WHERE clause of one installation: an organisation-wide install by its enterprise (team_id ''), a workspace's
 * by its team (team ids are unique across Slack, inside an enterprise or not).
 */
function where(key: InstallationKey): { sql: string; params: SqlParam[] } {
  if (key.isEnterpriseInstall) {
    if (!key.enterpriseId) throw new AppError(ErrorCode.Internal, 'an organisation-wide installation needs its enterprise id');
    return { sql: "platform = ? AND enterprise_id = ? AND team_id = '' AND is_enterprise_install = 1", params: [key.platform, key.enterpriseId] };
  }
  if (!key.teamId) throw new AppError(ErrorCode.Internal, 'a workspace installation needs its team id');
  return { sql: 'platform = ? AND team_id = ? AND is_enterprise_install = 0', params: [key.platform, key.teamId] };
}

export async function saveInstallation(db: SqlDb, key: InstallationKey, installation: unknown): Promise<void> {
  const enterprise = key.enterpriseId ?? '';
  const team = key.isEnterpriseInstall ? '' : (key.teamId ?? '');
  where(key); // refuses a key without the id it is found by
  const now = new Date().toISOString();
  await db.run(
    `INSERT INTO installations (platform, enterprise_id, team_id, is_enterprise_install, data_json, installed_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (platform, enterprise_id, team_id) DO UPDATE SET is_enterprise_install = excluded.is_enterprise_install, data_json = excluded.data_json, updated_at = excluded.updated_at`,
    [key.platform, enterprise, team, key.isEnterpriseInstall ? 1 : 0, JSON.stringify(installation), now, now],
  );
}

export async function findInstallation(db: SqlDb, key: InstallationKey): Promise<unknown> {
  const w = where(key);
  const rows = await db.all<{ data_json: string }>(`SELECT data_json FROM installations WHERE ${w.sql} ORDER BY updated_at DESC LIMIT 1`, w.params);
  return rows[0] ? (JSON.parse(rows[0].data_json) as unknown) : undefined;
}

export async function noteInstallationWorkspace(db: SqlDb, key: InstallationKey, teamId: string): Promise<void> {
  if (!key.isEnterpriseInstall || !key.enterpriseId) return;
  await db.run('INSERT INTO installation_workspaces (platform, enterprise_id, team_id, first_seen_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING', [
    key.platform, key.enterpriseId, teamId, new Date().toISOString(),
  ]);
}

export async function deleteInstallation(db: SqlDb, key: InstallationKey): Promise<DeletedInstallation> {
  const w = where(key);
  return db.tx(async (tx) => {
    const deleted = (await tx.run(`DELETE FROM installations WHERE ${w.sql}`, w.params)) > 0;
    if (!key.isEnterpriseInstall) return { deleted, workspaces: key.teamId ? [key.teamId] : [] };
    const rows = await tx.all<{ team_id: string }>('SELECT team_id FROM installation_workspaces WHERE platform = ? AND enterprise_id = ? ORDER BY team_id', [key.platform, key.enterpriseId ?? '']);
    await tx.run('DELETE FROM installation_workspaces WHERE platform = ? AND enterprise_id = ?', [key.platform, key.enterpriseId ?? '']);
    return { deleted, workspaces: rows.map((r) => String(r.team_id)) };
  });
}
