/** Request bodies shaped like the ones Slack sends (Events API, slash commands, interactions). */
export const TEAM = 'T0FAKE';
export const BOT_USER = 'U0BOT';
export const USER = 'U0ALICE';
export const CHANNEL = 'C0GENERAL';

let n = 0;
const nextId = () => `Ev${Date.now().toString(36)}${(++n).toString(36)}`.toUpperCase();
let tsSeq = 0;
export const nextTs = () => `1710000000.${String(++tsSeq).padStart(6, '0')}`;

export function eventCallback(event: Record<string, unknown>, eventId = nextId(), team = TEAM): Record<string, unknown> {
  return {
    token: 'legacy-verification-token',
    team_id: team,
    api_app_id: 'A0FAKE',
    event: { event_ts: event.ts, ...event },
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ enterprise_id: null, team_id: team, user_id: BOT_USER, is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
  };
}

export function mention(text: string, opts: { ts?: string; thread_ts?: string; channel?: string; user?: string } = {}) {
  const ts = opts.ts ?? nextTs();
  return { type: 'app_mention', user: opts.user ?? USER, text: `<@${BOT_USER}> ${text}`, ts, channel: opts.channel ?? CHANNEL, ...(opts.thread_ts ? { thread_ts: opts.thread_ts } : {}) };
}

export function directMessage(text: string, opts: { ts?: string; channel?: string } = {}) {
  return { type: 'message', channel_type: 'im', user: USER, text, ts: opts.ts ?? nextTs(), channel: opts.channel ?? 'D0ALICE' };
}

export function channelMessage(text: string, channel: string, opts: { ts?: string } = {}) {
  return { type: 'message', channel_type: 'channel', user: USER, text, ts: opts.ts ?? nextTs(), channel };
}

export function slashCommand(text: string, responseUrl: string, opts: { channel?: string; team?: string } = {}): Record<string, string> {
  return {
    token: 'legacy-verification-token',
    team_id: opts.team ?? TEAM,
    team_domain: 'fake',
    channel_id: opts.channel ?? CHANNEL,
    channel_name: 'general',
    user_id: USER,
    user_name: 'alice',
    command: '/ai-procurement',
    text,
    api_app_id: 'A0FAKE',
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: `trigger.${nextId()}`,
  };
}

/** What every interaction payload starts with: its type, the workspace, the user, the app and a fresh trigger. */
function interaction(type: string, team: string) {
  return {
    type,
    team: { id: team, domain: 'fake' },
    user: { id: USER, username: 'alice', team_id: team },
    api_app_id: 'A0FAKE',
    token: 'legacy-verification-token',
    trigger_id: `trigger.${nextId()}`,
  };
}

export function blockAction(action: { action_id: string; value: string; text?: string; block_id?: string }, opts: { responseUrl: string; message?: Record<string, unknown>; channel?: string; team?: string }) {
  const channel = opts.channel ?? CHANNEL;
  const message = opts.message ?? { type: 'message', ts: nextTs(), text: 'an answer', blocks: [] };
  return {
    ...interaction('block_actions', opts.team ?? TEAM),
    container: { type: 'message', message_ts: message.ts, channel_id: channel, is_ephemeral: false },
    channel: { id: channel, name: 'general' },
    message,
    response_url: opts.responseUrl,
    actions: [{ type: 'button', action_id: action.action_id, block_id: action.block_id ?? 'b', value: action.value, text: { type: 'plain_text', text: action.text ?? 'Button' }, action_ts: String(Date.now() / 1000) }],
  };
}

export function viewSubmission(view: Record<string, unknown>, values: Record<string, Record<string, unknown>>, opts: { team?: string; viewId?: string } = {}) {
  return {
    ...interaction('view_submission', opts.team ?? TEAM),
    view: { id: opts.viewId ?? 'V0MODAL', team_id: opts.team ?? TEAM, app_id: 'A0FAKE', bot_id: 'B0BOT', hash: 'h1', ...view, state: { values } },
    response_urls: [],
  };
}
