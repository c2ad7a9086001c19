import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { SUBCOMMANDS, slackUsageHint } from '../../../bot/help.ts';
import { SLACK_EVENTS_PATH } from '../../../adapters/slack/index.ts';
import { BOT_EVENTS } from '../../../adapters/slack/listeners/events/index.ts';
import { SLASH_COMMAND } from '../../../adapters/slack/listeners/commands/index.ts';
import { createAgentHome } from '../../../bot/agent-home.ts';
import { silentLogger } from '../../../bot/logger.ts';
import { BOT_SCOPES } from '../../../adapters/slack/scopes.ts';
import { SLACK_OAUTH_REDIRECT_PATH } from '../../../bot/config/index.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as {
  features: { slash_commands: { command: string; url?: string; usage_hint?: string }[]; app_home: Record<string, boolean> };
  oauth_config: { redirect_urls?: string[]; scopes: { bot: string[]; user?: string[] } };
  settings: { event_subscriptions: { request_url?: string; bot_events: string[] }; interactivity: { is_enabled: boolean; request_url?: string }; socket_mode_enabled: boolean };
};

/** Scopes each Web API method needs (https://docs.slack.dev/reference/methods). A method missing here fails the test. */
const METHOD_SCOPES: Record<string, string[]> = {
  'auth.test': [],
  'chat.postMessage': ['chat:write'],
  'chat.update': ['chat:write'],
  'chat.postEphemeral': ['chat:write'],
  'reactions.add': ['reactions:write'],
  'reactions.remove': ['reactions:write'],
  'views.open': [],
  'views.update': [],
  'views.publish': [],
  // Loading states: chat:write since 2026-03 (assistant:write is being retired for this method).
  'assistant.threads.setStatus': ['chat:write'],
  'assistant.threads.setSuggestedPrompts': ['assistant:write'],
  // client.chatStream: chat.startStream, chat.appendStream, chat.stopStream.
  chatStream: ['chat:write'],
  // Thread history in public channels, private channels, DMs and group DMs.
  'conversations.replies': ['channels:history', 'groups:history', 'im:history', 'mpim:history'],
  // A queued DM answer's earlier post, looked up after the question (the same history scopes).
  'conversations.history': ['channels:history', 'groups:history', 'im:history', 'mpim:history'],
  // files.getUploadURLExternal + files.completeUploadExternal.
  filesUploadV2: ['files:write'],
  url_private_download: ['files:read'],
};
const EVENT_SCOPES: Record<string, string | undefined> = {
  app_home_opened: undefined,
  // Sent to agent_view apps; no scope of its own.
  app_context_changed: undefined,
  app_mention: 'app_mentions:read',
  'message.im': 'im:history',
  'message.channels': 'channels:history',
  'message.groups': 'groups:history',
  // The app leaving a workspace needs no scope.
  app_uninstalled: undefined,
  tokens_revoked: undefined,
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Every Web API method the adapter calls, read from its source (`client.chat.postMessage(`, `client.filesUploadV2(`). */
function methodsUsed(): Set<string> {
  const found = new Set<string>();
  for (const file of sources(resolve(ROOT, 'adapters/slack'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bclient\s*\.\s*([a-z]+)\s*\.\s*([a-zA-Z]+)\s*\(/g)) found.add(`${m[1]}.${m[2]}`);
    for (const m of text.matchAll(/\bclient\s*\.\s*([a-z]+)\s*(?:\n\s*)?\.\s*([a-zA-Z]+)\s*\(/g)) found.add(`${m[1]}.${m[2]}`);
    for (const m of text.matchAll(/\bclient\s*\.\s*(filesUploadV2|chatStream)\s*\(/g)) found.add(m[1]!);
    for (const m of text.matchAll(/\bclient\s*\.\s*(assistant)\s*\.\s*(threads)\s*\.\s*([a-zA-Z]+)\s*\(/g)) found.add(`${m[1]}.${m[2]}.${m[3]}`);
    for (const m of text.matchAll(/\breactions\s*\.\s*(add|remove)\s*\(/g)) found.add(`reactions.${m[1]}`);
    // Downloading a shared file (url_private_download with the bot token) is not a method but needs files:read.
    if (/\burl_private_download\b/.test(text)) found.add('url_private_download');
  }
  return found;
}

describe('manifest.json', () => {
  it('validates against the Slack app manifest schema', () => {
    const schema = JSON.parse(readFileSync(resolve(ROOT, 'test/e2e/slack/support/schema/slack-manifest.schema.1.0.0.json'), 'utf8')) as object;
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    const validate = ajv.compile(schema);
    const ok = validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('asks for exactly the scopes the code uses', () => {
    const used = methodsUsed();
    // Sanity: the scan finds the calls we know are there.
    expect([...used]).toEqual(expect.arrayContaining(['chat.postMessage', 'chat.update', 'reactions.add', 'views.open', 'conversations.replies', 'filesUploadV2']));
    const unknown = [...used].filter((m) => !(m in METHOD_SCOPES));
    expect(unknown, 'add these methods and their scopes to METHOD_SCOPES').toEqual([]);
    expect(BOT_EVENTS.filter((e) => !(e in EVENT_SCOPES)), 'add these events and their scope to EVENT_SCOPES').toEqual([]);
    const needed = new Set<string>(['commands', ...[...used].flatMap((m) => METHOD_SCOPES[m] ?? []), ...BOT_EVENTS.flatMap((e) => EVENT_SCOPES[e] ?? [])]);
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...needed].sort());
    expect(manifest.oauth_config.scopes.user ?? []).toEqual([]);
    // The OAuth install asks for the same scopes (one list in the code, checked against the manifest here).
    expect([...BOT_SCOPES].sort()).toEqual([...manifest.oauth_config.scopes.bot].sort());
  });

  it('subscribes to the events the listeners handle, and declares the slash command with every subcommand', () => {
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual([...BOT_EVENTS].sort());
    const cmd = manifest.features.slash_commands.find((c) => c.command === SLASH_COMMAND);
    expect(cmd).toBeDefined();
    for (const s of SUBCOMMANDS) expect(cmd!.usage_hint).toContain(s.usage.split(' ')[0]);
    // One command vocabulary: the manifest's hint is the one bot/help.ts generates.
    expect(cmd!.usage_hint).toBe(slackUsageHint());
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    // Users can DM the bot.
    expect(manifest.features.app_home.messages_tab_enabled).toBe(true);
    expect(manifest.features.app_home.messages_tab_read_only_enabled).toBe(false);
  });

  it('declares agent messaging (agent_view) with the prompts the bot itself suggests, and the Home tab', async () => {
    const agent = (manifest.features as unknown as { agent_view?: { agent_description?: string; suggested_prompts?: unknown[] } }).agent_view;
    expect(agent?.agent_description?.length).toBeGreaterThan(20);
    // The static prompts (shown before any event) are the core's defaults for a conversation with nothing started.
    const home = createAgentHome({ logger: silentLogger() });
    expect(agent?.suggested_prompts).toEqual(await home.prompts());
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
  });

  it('names the OAuth redirect URL the app serves (distribution to many workspaces)', () => {
    expect(manifest.oauth_config.redirect_urls).toHaveLength(1);
    const redirect = new URL(manifest.oauth_config.redirect_urls![0]!);
    expect(redirect.protocol).toBe('https:');
    expect(redirect.pathname).toBe(SLACK_OAUTH_REDIRECT_PATH);
    expect(redirect.host).toBe(new URL(manifest.settings.event_subscriptions.request_url!).host);
  });

  it('is in HTTP mode by default, with every request URL on the events path (Slack checks this on import)', () => {
    expect(manifest.settings.socket_mode_enabled).toBe(false);
    const urls = [manifest.settings.event_subscriptions.request_url, manifest.settings.interactivity.request_url, ...manifest.features.slash_commands.map((c) => c.url)];
    for (const url of urls) {
      expect(url).toMatch(/^https:\/\//);
      expect(new URL(url!).pathname).toBe(SLACK_EVENTS_PATH);
    }
  });
});
