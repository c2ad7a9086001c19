import { TEAMS_COMMANDS } from '../commands.ts';
import type { SuggestedPrompt } from '../../../bot/agent-home.ts';
import { ACCENT_COLOR } from './icons.ts';

/** The Teams manifest schema the package targets: the newest v1.x shipped in @microsoft/app-manifest. */
export const MANIFEST_VERSION = '1.30';

/** A syntactically valid app id for packages built before the bot is registered. */
export const PLACEHOLDER_APP_ID = '00000000-0000-0000-0000-000000000000';

export interface ManifestOptions {
  /** MICROSOFT_APP_ID: the bot registration's id, also used as the Teams app id. */
  appId?: string;
  version: string;
  developer: { name: string; websiteUrl: string; privacyUrl: string; termsOfUseUrl: string };
  /** Hosts the bot's cards may link to (the PUBLIC_BASE_URL host, for export downloads). */
  validDomains?: string[];
  /**
   * Suggested prompts (bot/agent-home.ts) listed with the commands as prompt commands; the workflow ones are
   * already there as commands, so only questions are added.
   */
  prompts?: SuggestedPrompt[];
}

/** Teams lists at most 12 commands per scope. */
const MAX_COMMANDS = 12;

const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;

/** True for an id Teams accepts (a GUID). */
export function isGuid(value: string): boolean {
  return GUID.test(value);
}

/**
 * The manifest.json of the Teams app package: one bot in personal, team and group-chat scope, file support
 * (the export's file-consent flow needs it) and the commands Teams suggests in the compose box.
 */
export function buildManifest(options: ManifestOptions): Record<string, unknown> {
  const appId = options.appId ?? PLACEHOLDER_APP_ID;
  const questions = (options.prompts ?? []).filter((p) => !p.message.startsWith('/'));
  const commands = [
    ...TEAMS_COMMANDS.map((c) => ({ title: c.title, description: c.description })),
    ...questions.map((p) => ({ title: p.title.slice(0, 128), description: p.message, type: 'prompt', prompt: p.message })),
  ].slice(0, MAX_COMMANDS);
  const manifest: Record<string, unknown> = {
    $schema: `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`,
    manifestVersion: MANIFEST_VERSION,
    version: options.version,
    id: appId,
    developer: options.developer,
    name: { short: 'AI Procurement', full: 'AI Procurement: decide how to buy AI' },
    description: {
      short: 'Cited answers and guided workflows for buying AI: closed, open-weight or hybrid.',
      full:
        'Ask how to buy AI and get answers grounded in a curated knowledge base, each with numbered sources. ' +
        'Walk your team through the deployment-mode decision (closed API, self-hosted open-weight, or hybrid) and ' +
        'the twelve-question vendor checklist, then export the checklist as DOCX, PDF, Markdown or CSV.',
    },
    icons: { color: 'color.png', outline: 'outline.png' },
    accentColor: ACCENT_COLOR,
    bots: [
      {
        botId: appId,
        scopes: ['personal', 'team', 'groupChat'],
        supportsFiles: true,
        isNotificationOnly: false,
        commandLists: [
          { scopes: ['personal'], commands },
          { scopes: ['team', 'groupChat'], commands },
        ],
      },
    ],
    permissions: ['identity', 'messageTeamMembers'],
    validDomains: options.validDomains ?? [],
  };
  return manifest;
}
