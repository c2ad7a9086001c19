import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import type { SlackDeps } from '../../deps.ts';
import { removeWorkspace } from '../../uninstall.ts';

/** tokens_revoked lists the revoked tokens' owners: bot user ids under `bot`, user ids under `oauth`. */
const revokedTokens = z.looseObject({ tokens: z.looseObject({ bot: z.array(z.string()).optional(), oauth: z.array(z.string()).optional() }) });
/** team_access_revoked (org-wide apps): the workspaces the organisation took the app away from. */
const revokedTeams = z.looseObject({ team_ids: z.array(z.string().min(1).max(255)).max(10_000) });

type Args<E extends 'app_uninstalled' | 'tokens_revoked' | 'team_access_revoked'> = AllMiddlewareArgs & SlackEventMiddlewareArgs<E>;

function sourceOf(context: Args<'app_uninstalled'>['context']) {
  return { isEnterpriseInstall: Boolean(context.isEnterpriseInstall), ...(context.teamId ? { teamId: context.teamId } : {}), ...(context.enterpriseId ? { enterpriseId: context.enterpriseId } : {}) };
}

/** `app_uninstalled`: the workspace's installation and data go (Bolt runs no authorize for this event). */
export function appUninstalled(deps: SlackDeps) {
  return async ({ context }: Args<'app_uninstalled'>): Promise<void> => {
    await removeWorkspace(deps.app.store, sourceOf(context), 'app_uninstalled', deps.logger);
  };
}

/**
 * `tokens_revoked`: once the bot token is revoked nothing can be answered there, so installation and data go as
 * on uninstall. Revoked user tokens alone change nothing: the app asks for no user scopes and keeps no user token.
 */
export function tokensRevoked(deps: SlackDeps) {
  return async ({ event, context }: Args<'tokens_revoked'>): Promise<void> => {
    const parsed = revokedTokens.safeParse(event);
    if (!parsed.success || !parsed.data.tokens.bot?.length) {
      deps.logger.info({ team: context.teamId }, 'slack user tokens revoked; no user token is kept, nothing to delete');
      return;
    }
    await removeWorkspace(deps.app.store, sourceOf(context), 'tokens_revoked', deps.logger);
  };
}

/** `team_access_revoked`: an org-wide install lost some workspaces; their data goes, the installation stays. */
export function teamAccessRevoked(deps: SlackDeps) {
  return async ({ event, context }: Args<'team_access_revoked'>): Promise<void> => {
    const parsed = revokedTeams.safeParse(event);
    if (!parsed.success) return;
    for (const teamId of parsed.data.team_ids) {
      await removeWorkspace(deps.app.store, { teamId, isEnterpriseInstall: true, ...(context.enterpriseId ? { enterpriseId: context.enterpriseId } : {}) }, 'team_access_revoked', deps.logger);
    }
  };
}
