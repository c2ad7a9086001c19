import { ConfigurationBotFrameworkAuthentication, type ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import type { Config } from '../../bot/config/index.ts';
import type { Logger } from '../../bot/logger.ts';
import { AppError, ErrorCode } from '../../bot/errors.ts';

export type TeamsConfig = NonNullable<Config['teams']>;

/**
 * Decides whether the Teams endpoint may start. Without an app id, botbuilder accepts any caller, so that
 * only happens when the operator said so explicitly (TEAMS_ALLOW_UNAUTHENTICATED=true, for local emulator
 * use), and it is logged loudly.
 * @throws AppError(config_invalid) when Teams is not configured or would run open by accident.
 */
export function checkTeamsConfig(config: Config, logger: Logger): TeamsConfig {
  const teams = config.teams;
  if (!teams) {
    throw new AppError(ErrorCode.ConfigInvalid, 'Teams is not configured: set MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD (or TEAMS_ALLOW_UNAUTHENTICATED=true for local testing only)');
  }
  if (!teams.appId) {
    if (!teams.allowUnauthenticated) {
      throw new AppError(ErrorCode.ConfigInvalid, 'MICROSOFT_APP_ID is not set, so /api/messages would accept unauthenticated requests; set it, or set TEAMS_ALLOW_UNAUTHENTICATED=true for local emulator use only');
    }
    logger.warn('Teams: MICROSOFT_APP_ID is not set and TEAMS_ALLOW_UNAUTHENTICATED=true: /api/messages accepts requests from anyone. Use this for local testing only.');
  }
  return teams;
}

/**
 * Bot Framework authentication built from our Config (botbuilder would otherwise read process.env).
 * @throws AppError(config_invalid) when botbuilder rejects the combination (e.g. SingleTenant without a tenant id).
 */
export function createBotAuthentication(teams: TeamsConfig): ConfigurationBotFrameworkAuthentication {
  const msi = teams.appType === 'UserAssignedMSI';
  const options: ConfigurationBotFrameworkAuthenticationOptions = {
    MicrosoftAppId: teams.appId ?? '',
    // A managed identity has no secret; botbuilder refuses one.
    MicrosoftAppPassword: msi ? '' : (teams.appPassword ?? ''),
    // Without an app id there is nothing to be single-tenant about; botbuilder would assert on it.
    MicrosoftAppType: teams.appId ? teams.appType : 'MultiTenant',
    MicrosoftAppTenantId: teams.tenantId ?? '',
  };
  try {
    return new ConfigurationBotFrameworkAuthentication(options);
  } catch (err) {
    throw new AppError(ErrorCode.ConfigInvalid, `Teams authentication settings were refused: ${(err as Error).message}`, { cause: err });
  }
}
