import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import { z } from 'zod';
import { ErrorCode } from '../../../bot/errors.ts';
import type { Logger } from '../../../bot/logger.ts';
import type { InstallationKey, Store } from '../../../workflows/store.ts';

/** What a stored installation must hold for authorize() to answer with it (the rest passes through as stored). */
const storedInstallation = z.looseObject({
  bot: z.looseObject({ token: z.string().min(1), userId: z.string(), id: z.string().optional(), refreshToken: z.string().optional(), expiresAt: z.number().optional() }).optional(),
  team: z.looseObject({ id: z.string() }).nullish(),
  enterprise: z.looseObject({ id: z.string() }).nullish(),
});

/** Thrown by fetchInstallation when a workspace has no installation (never installed, or uninstalled). */
export class NoInstallationError extends Error {
  override readonly name = 'NoInstallationError';
}

/**
 * Why Bolt could not authorize a request, from the error it reports (its AuthorizationError wraps @slack/oauth's,
 * which wraps ours): no installation, the store unreachable, or something else (undefined).
 */
export function authorizationFailure(err: unknown): 'no-installation' | 'store-unavailable' | undefined {
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    if (e instanceof NoInstallationError) return 'no-installation';
    if ((e as { code?: unknown }).code === ErrorCode.StoreUnavailable) return 'store-unavailable';
    e = (e as { original?: unknown; cause?: unknown }).original ?? (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The store key of a Bolt query: org-wide installs by enterprise, workspace installs by team. */
export function installationKey(query: { teamId?: string | undefined; enterpriseId?: string | undefined; isEnterpriseInstall?: boolean | undefined }): InstallationKey {
  return {
    platform: 'slack',
    isEnterpriseInstall: Boolean(query.isEnterpriseInstall),
    ...(query.teamId ? { teamId: query.teamId } : {}),
    ...(query.enterpriseId ? { enterpriseId: query.enterpriseId } : {}),
  };
}

/** Ids only, for the log: never a token, a name or the installing user. */
export function installationFacts(key: InstallationKey): Record<string, unknown> {
  return { team: key.teamId, enterprise: key.enterpriseId, orgWide: key.isEnterpriseInstall };
}

/**
 * @slack/oauth's InstallationStore over our Store (SQLite or PostgreSQL), so every replica sees every install. Bolt's
 * InstallProvider calls storeInstallation after the OAuth exchange and again when it rotates a token (refresh token,
 * expires_at), and fetchInstallation in authorize() for every request.
 */
export function createInstallationStore(store: Store, logger: Logger): Required<InstallationStore> {
  // Workspaces already noted for their org-wide install, so authorize() writes once per workspace per process.
  const noted = new Set<string>();
  const noteWorkspace = async (key: InstallationKey) => {
    const id = `${key.enterpriseId}\u0000${key.teamId}`;
    if (!key.isEnterpriseInstall || !key.teamId || noted.has(id)) return;
    try {
      await store.noteInstallationWorkspace(key, key.teamId);
      noted.add(id);
    } catch (err) {
      // Answering comes first; the note is tried again on the workspace's next request.
      logger.warn({ ...installationFacts(key), code: (err as { code?: unknown }).code }, 'slack org-wide workspace not noted');
    }
  };
  return {
    async storeInstallation(installation) {
      const key = installationKey({ teamId: installation.team?.id, enterpriseId: installation.enterprise?.id, isEnterpriseInstall: installation.isEnterpriseInstall });
      await store.saveInstallation(key, installation);
      logger.info({ ...installationFacts(key), rotating: Boolean(installation.bot?.refreshToken) }, 'slack installation saved');
    },
    async fetchInstallation(query: InstallationQuery<boolean>) {
      const key = installationKey(query);
      const found = storedInstallation.safeParse(await store.findInstallation(key));
      // InstallProvider turns this into an AuthorizationError; the message names ids only.
      if (!found.success || !found.data.bot) throw new NoInstallationError(`no Slack installation for ${key.isEnterpriseInstall ? `enterprise ${key.enterpriseId}` : `team ${key.teamId}`}`);
      await noteWorkspace(key);
      return found.data as unknown as Installation;
    },
    async deleteInstallation(query: InstallationQuery<boolean>) {
      await store.deleteInstallation(installationKey(query));
    },
  };
}
