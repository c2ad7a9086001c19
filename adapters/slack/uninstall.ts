import type { Logger } from '../../bot/logger.ts';
import type { Store } from '../../workflows/store.ts';
import { installationFacts, installationKey } from './oauth/installation-store.ts';

/** Which install an app_uninstalled or tokens_revoked envelope is about (its authorizations say org-wide or not). */
export interface UninstallSource {
  teamId?: string;
  enterpriseId?: string;
  isEnterpriseInstall: boolean;
}

export type UninstallReason = 'app_uninstalled' | 'tokens_revoked' | 'team_access_revoked';

/**
 * The app is gone from a workspace (app_uninstalled, or its bot token revoked): its installation is deleted, so
 * nothing is answered there any more, then everything kept for it (runs, checklists, votes, the unanswered log,
 * event claims, question counts, held exports). One info line says so, with ids and row counts only.
 */
export async function removeWorkspace(store: Store | undefined, source: UninstallSource, reason: UninstallReason, logger: Logger): Promise<void> {
  const key = installationKey(source);
  const facts = { ...installationFacts(key), reason };
  if (!store) {
    logger.warn(facts, 'slack app removed from a workspace; no store, so nothing was kept to delete');
    return;
  }
  try {
    // An org-wide app that loses one workspace (team_access_revoked) keeps its installation for the others.
    const removed = reason !== 'team_access_revoked' && (key.teamId || key.enterpriseId) ? await store.deleteInstallation(key) : { deleted: false, workspaces: [] };
    // Data is kept per workspace (team id): the event's own, and every workspace an org-wide install served.
    const teams = [...new Set([...(key.teamId ? [key.teamId] : []), ...removed.workspaces])];
    const deleted: Record<string, number> = {};
    for (const tenant of teams) {
      for (const [table, n] of Object.entries(await store.deleteWorkspaceData({ platform: 'slack', tenant }))) deleted[table] = (deleted[table] ?? 0) + n;
    }
    const rows = Object.values(deleted).reduce((a, b) => a + b, 0);
    logger.info({ ...facts, installation: removed.deleted, workspaces: teams.length, rows, deleted }, 'slack app removed from a workspace: installation and workspace data deleted');
  } catch (err) {
    logger.error({ ...facts, err }, 'slack app removed from a workspace, but its installation or data could not be deleted');
  }
}
