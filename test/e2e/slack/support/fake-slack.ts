import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { EventEmitter } from 'node:events';
import { WebSocketServer, type WebSocket } from 'ws';
import { MARKDOWN_LIMIT, blockKitProblems } from './block-kit-check.ts';
import { fileBytes, parseArgs } from './wire-format.ts';
import { FakeSlackOAuth, type FakeOAuthApp, type TokenOwner } from './fake-slack-oauth.ts';

/** One recorded Web API call. */
export interface ApiCall {
  method: string;
  args: Record<string, unknown>;
  token?: string;
  at: number;
  /** What the fake answered. */
  result?: Record<string, unknown>;
}

export interface FakeSlackOptions {
  botToken?: string;
  appToken?: string;
  team?: string;
  botUserId?: string;
  botId?: string;
  /** OAuth distribution: the app as registered (client id and secret, redirect URL, token rotation). */
  oauth?: FakeOAuthApp;
}

/**
 * A loopback stand-in for slack.com: the Web API methods the app calls (form or JSON bodies, Bearer tokens),
 * the external upload URL of files.uploadV2, response_url endpoints, and the Socket Mode WebSocket that
 * apps.connections.open points to. It records everything and, like Slack, refuses Block Kit that breaks a limit.
 */
export class FakeSlack extends EventEmitter {
  readonly calls: ApiCall[] = [];
  readonly uploads: { fileId: string; bytes: Buffer }[] = [];
  readonly responses: { path: string; body: Record<string, unknown> }[] = [];
  readonly acks: { envelope_id: string; payload?: unknown }[] = [];
  /** Messages the app posted, as conversations.replies and conversations.history return them (metadata on request). */
  readonly posted: { channel: string; ts: string; thread_ts?: string; text: unknown; user: string; bot_id: string; metadata?: Record<string, unknown> }[] = [];
  /** conversations.replies answers, by thread ts (the test's own messages; the app's posts are added). */
  readonly threads = new Map<string, { ts: string; user?: string; bot_id?: string; text: string }[]>();
  /** Calls refused for breaking Block Kit limits (a test that sees one has found a bug). */
  readonly rejected: { method: string; problems: string[] }[] = [];
  /** Streamed messages (chat.startStream … chat.stopStream), by ts: the text so far and the chunks received. */
  readonly streams = new Map<string, { channel: string; threadTs: string; state: 'streaming' | 'stopped'; text: string; chunks: Record<string, unknown>[]; blocks?: unknown }>();
  /** Files the fake hosts for url_private_download, by path (`/files-pri/<team>-<id>/download/<name>`). */
  readonly hosted = new Map<string, { bytes: Buffer; contentLength?: boolean }>();
  /** Every request for a hosted file, with the token it carried (if any). */
  readonly downloads: { path: string; token?: string }[] = [];
  /** Make the next call of a method fail with this Slack error code. */
  readonly failures = new Map<string, string>();
  private server: Server;
  private wss: WebSocketServer;
  /** Socket Mode connections opened so far (reconnects included). */
  connections = 0;
  private sockets = new Set<WebSocket>();
  private seq = 0;
  private envelope = 0;
  url = '';
  /** Slack's OAuth side (authorize page, oauth.v2.access) when the app is distributed. */
  readonly oauth?: FakeSlackOAuth;

  constructor(readonly options: FakeSlackOptions = {}) {
    super();
    this.setMaxListeners(0);
    if (options.oauth) this.oauth = new FakeSlackOAuth(options.oauth);
    this.server = createServer((req, res) => void this.handle(req, res));
    this.wss = new WebSocketServer({ server: this.server, path: '/socket' });
    this.wss.on('connection', (ws) => {
      this.sockets.add(ws);
      this.connections += 1;
      ws.on('message', (data) => {
        const msg = JSON.parse(String(data)) as { envelope_id: string; payload?: unknown };
        this.acks.push(msg);
        this.emit('ack', msg);
      });
      ws.on('close', () => this.sockets.delete(ws));
      ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake' }, connection_info: { app_id: 'A0FAKE' } }));
      this.emit('socket');
    });
  }

  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  async listen(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const addr = this.server.address();
    this.url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
    return this;
  }

  async close(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /**
   * Hosts a file as Slack's file server does and returns its Slack file object (for a message or app_mention
   * event). `contentLength: false` streams it without a Content-Length header, as a chunked response. `team` is
   * the workspace the file belongs to (OAuth: only that workspace's installation token may download it).
   */
  hostFile(name: string, bytes: Buffer, options: { contentLength?: boolean; size?: number; team?: string } = {}): Record<string, unknown> {
    const id = `F${this.nextTs().replace('.', '')}`;
    const path = `/files-pri/${options.team ?? this.options.team ?? 'T0FAKE'}-${id}/download/${encodeURIComponent(name)}`;
    this.hosted.set(path, { bytes, contentLength: options.contentLength ?? true });
    return { id, name, title: name, mimetype: 'application/octet-stream', size: options.size ?? bytes.length, mode: 'hosted', url_private: `${this.url}${path.replace('/download', '')}`, url_private_download: `${this.url}${path}` };
  }

  of(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Resolves with the first recorded call (past or future) of `method` matching `pred`. */
  waitFor(method: string, pred: (c: ApiCall) => boolean = () => true, timeoutMs = 5000): Promise<ApiCall> {
    const found = this.calls.find((c) => c.method === method && pred(c));
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.off('call', on);
        reject(new Error(`no ${method} call within ${timeoutMs} ms; calls so far: ${this.calls.map((c) => c.method).join(', ')}`));
      }, timeoutMs);
      const on = (c: ApiCall) => {
        if (c.method !== method || !pred(c)) return;
        clearTimeout(timer);
        this.off('call', on);
        resolve(c);
      };
      this.on('call', on);
    });
  }

  /** Resolves with the first POST to a response_url. */
  waitForResponse(pred: (b: Record<string, unknown>) => boolean = () => true, timeoutMs = 5000): Promise<Record<string, unknown>> {
    const found = this.responses.find((r) => pred(r.body));
    if (found) return Promise.resolve(found.body);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no response_url post within ${timeoutMs} ms`)), timeoutMs);
      const on = (b: Record<string, unknown>) => {
        if (!pred(b)) return;
        clearTimeout(timer);
        this.off('response', on);
        resolve(b);
      };
      this.on('response', on);
    });
  }

  /** Socket Mode: sends an envelope and resolves with the app's ack for it. */
  sendEnvelope(type: 'events_api' | 'slash_commands' | 'interactive', payload: unknown, extra: Record<string, unknown> = {}, timeoutMs = 5000): Promise<{ envelope_id: string; payload?: unknown }> {
    const envelopeId = `env-${++this.envelope}`;
    const ws = [...this.sockets][0];
    if (!ws) return Promise.reject(new Error('no Socket Mode connection'));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.off('ack', on);
        reject(new Error(`no ack for ${envelopeId} within ${timeoutMs} ms`));
      }, timeoutMs);
      const on = (a: { envelope_id: string; payload?: unknown }) => {
        if (a.envelope_id !== envelopeId) return;
        clearTimeout(timer);
        this.off('ack', on);
        resolve(a);
      };
      this.on('ack', on);
      ws.send(JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: type !== 'events_api', ...extra }));
    });
  }

  get socketCount(): number {
    return this.sockets.size;
  }

  /** Socket Mode: what Slack does before rotating a connection (`disconnect`), or a dropped link (`terminate`). */
  dropSocket(how: 'disconnect' | 'terminate'): void {
    const ws = [...this.sockets][0];
    if (!ws) throw new Error('no Socket Mode connection');
    if (how === 'terminate') ws.terminate();
    else ws.send(JSON.stringify({ type: 'disconnect', reason: 'refresh_requested', debug_info: { host: 'fake' } }));
  }

  /** Resolves once a new Socket Mode connection has said hello (after `count` connections in all). */
  waitForSockets(count: number, timeoutMs = 10_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.off('socket', on);
        reject(new Error(`only ${this.connections} Socket Mode connections within ${timeoutMs} ms`));
      }, timeoutMs);
      const on = () => {
        if (this.connections < count) return;
        clearTimeout(timer);
        this.off('socket', on);
        resolve();
      };
      this.on('socket', on);
      on();
    });
  }

  private nextTs(): string {
    this.seq += 1;
    return `1700000000.${String(100000 + this.seq).padStart(6, '0')}`;
  }

  private refuse(method: string, error: string, problems: string[]): Record<string, unknown> {
    this.rejected.push({ method, problems });
    return { ok: false, error, response_metadata: { messages: problems } };
  }

  /**
   * chat.startStream / appendStream / stopStream as Slack checks them: a stream outside a DM names the user and team
   * it is for, text stays within the markdown limit, chunks have known shapes, and only a streaming message takes
   * more. A refused start is a failure the app must handle, not a test bug, so it is not counted in `rejected`.
   */
  private stream(method: string, args: Record<string, unknown>): Record<string, unknown> {
    const channel = typeof args.channel === 'string' ? args.channel : '';
    if (!channel) return { ok: false, error: 'channel_not_found' };
    if (typeof args.markdown_text === 'string' && args.markdown_text.length > MARKDOWN_LIMIT) return this.refuse(method, 'msg_too_long', ['markdown_text over 12,000']);
    const chunks = chunkProblems(args.chunks);
    if (chunks.length) return this.refuse(method, 'invalid_chunks', chunks);
    const textOf = () => (typeof args.markdown_text === 'string' ? args.markdown_text : '') + ((args.chunks as Record<string, unknown>[] | undefined) ?? []).filter((c) => c.type === 'markdown_text').map((c) => String(c.text)).join('');
    if (method === 'chat.startStream') {
      if (typeof args.thread_ts !== 'string' || !args.thread_ts) return { ok: false, error: 'invalid_arguments' };
      if (!channel.startsWith('D')) {
        if (typeof args.recipient_user_id !== 'string' || !args.recipient_user_id) return { ok: false, error: 'missing_recipient_user_id' };
        if (typeof args.recipient_team_id !== 'string' || !args.recipient_team_id) return { ok: false, error: 'missing_recipient_team_id' };
      }
      const ts = this.nextTs();
      this.streams.set(ts, { channel, threadTs: args.thread_ts, state: 'streaming', text: textOf(), chunks: [...((args.chunks as Record<string, unknown>[] | undefined) ?? [])] });
      return { ok: true, channel, ts };
    }
    const stream = this.streams.get(String(args.ts));
    if (!stream || stream.channel !== channel) return { ok: false, error: 'message_not_found' };
    if (stream.state !== 'streaming') return { ok: false, error: 'message_not_in_streaming_state' };
    stream.text += textOf();
    stream.chunks.push(...((args.chunks as Record<string, unknown>[] | undefined) ?? []));
    if (method === 'chat.stopStream') {
      const problems = blockKitProblems(args.blocks, 'message');
      if (problems.length) return this.refuse(method, 'invalid_blocks', problems);
      stream.state = 'stopped';
      stream.blocks = args.blocks;
    }
    return { ok: true, channel, ts: args.ts };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks);
    const path = new URL(req.url ?? '/', this.url).pathname;

    if (path.startsWith('/files-pri/')) {
      const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      this.downloads.push({ path, ...(token ? { token } : {}) });
      const file = this.hosted.get(path);
      // Like Slack: without a bot token of the file's workspace (the configured one, or that workspace's
      // installation, or an org-wide one) the "file" is the sign-in page, with status 200.
      const owner = this.ownerOf('files', token);
      const fileTeam = /^\/files-pri\/([^-/]+)-/.exec(path)?.[1];
      if (!owner || (owner.team !== fileTeam && !owner.orgWide)) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!DOCTYPE html><html><body>Sign in to Slack</body></html>');
        return;
      }
      if (!file) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('file_not_found');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/octet-stream', ...(file.contentLength ? { 'content-length': String(file.bytes.length) } : {}) });
      res.end(file.bytes);
      return;
    }
    if (path.startsWith('/upload/')) {
      this.uploads.push({ fileId: path.slice('/upload/'.length), bytes: fileBytes(raw, req.headers['content-type'] ?? '') });
      this.emit('upload');
      res.writeHead(200, { 'content-type': 'text/plain' }).end(`OK - ${raw.length}`);
      return;
    }
    if (path.startsWith('/respond/')) {
      const body = JSON.parse(raw.toString() || '{}') as Record<string, unknown>;
      const problems = blockKitProblems(body.blocks, 'message');
      if (problems.length) {
        this.rejected.push({ method: 'response_url', problems });
        res.writeHead(400, { 'content-type': 'text/plain' }).end('invalid_blocks');
        return;
      }
      this.responses.push({ path, body });
      this.emit('response', body);
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    if (path === '/oauth/v2/authorize' && this.oauth) {
      // The user approving: which workspace (or organisation) they install into is what they pick on Slack's page.
      const header = (name: string) => (typeof req.headers[name] === 'string' ? (req.headers[name] as string) : undefined);
      const enterprise = header('x-fake-enterprise');
      const answer = this.oauth.authorize(new URL(req.url ?? '/', this.url), { team: header('x-fake-team') ?? '', ...(enterprise ? { enterprise } : {}), orgWide: header('x-fake-org-wide') === 'true' });
      if (answer.location) res.writeHead(answer.status, { location: answer.location }).end();
      else res.writeHead(answer.status, { 'content-type': 'text/plain' }).end(answer.error);
      return;
    }
    if (!path.startsWith('/api/')) {
      res.writeHead(404).end();
      return;
    }
    const method = path.slice('/api/'.length);
    const args = parseArgs(raw, req.headers['content-type'] ?? '');
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? (typeof args.token === 'string' ? args.token : undefined);
    const call: ApiCall = { method, args, token, at: performance.now() };
    const body = this.answer(method, args, token);
    call.result = body;
    this.calls.push(call);
    this.emit('call', call);
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  }

  /** A posted message as the history methods show it: metadata only with include_all_metadata, as Slack does. */
  private shown(m: FakeSlack['posted'][number], args: Record<string, unknown>): Record<string, unknown> {
    const { metadata, ...rest } = m;
    return String(args.include_all_metadata) === 'true' && metadata ? { ...rest, metadata } : rest;
  }

  /** Whose token this is: an installation's (OAuth) or the one configured bot token; undefined means invalid_auth. */
  private ownerOf(method: string, token: string | undefined): TokenOwner | undefined {
    if (method === 'apps.connections.open') return token === (this.options.appToken ?? 'xapp-test-not-a-real-token') ? { orgWide: false, botUserId: '', botId: '' } : undefined;
    const installed = token ? this.oauth?.tokens.get(token) : undefined;
    if (installed) return installed;
    if (token !== (this.options.botToken ?? 'xoxb-FAKE')) return undefined;
    return { team: this.options.team ?? 'T0FAKE', orgWide: false, botUserId: this.options.botUserId ?? 'U0BOT', botId: this.options.botId ?? 'B0BOT' };
  }

  private answer(method: string, args: Record<string, unknown>, token?: string): Record<string, unknown> {
    // The code exchange and refresh authenticate with the client id and secret, not a token.
    if (method === 'oauth.v2.access') return this.oauth ? this.oauth.access(args) : { ok: false, error: 'invalid_client_id' };
    const owner = this.ownerOf(method, token);
    if (!owner) return { ok: false, error: 'invalid_auth' };
    const fail = this.failures.get(method);
    if (fail) {
      this.failures.delete(method);
      return { ok: false, error: fail };
    }
    switch (method) {
      case 'auth.test':
        return {
          ok: true, url: 'https://fake.slack.test/', team: 'Fake', user: 'ai-procurement', team_id: owner.team ?? '', user_id: owner.botUserId, bot_id: owner.botId,
          ...(owner.enterprise ? { enterprise_id: owner.enterprise } : {}), is_enterprise_install: owner.orgWide,
        };
      case 'apps.connections.open':
        return { ok: true, url: `${this.url.replace(/^http/, 'ws')}/socket` };
      case 'chat.postMessage':
      case 'chat.update': {
        const problems = blockKitProblems(args.blocks, 'message');
        if (problems.length) {
          this.rejected.push({ method, problems });
          return { ok: false, error: 'invalid_blocks', errors: problems };
        }
        if (typeof args.text === 'string' && args.text.length > 40_000) return { ok: false, error: 'msg_too_long' };
        const metadata = parseMetadata(args.metadata);
        if (metadata === 'invalid') return { ok: false, error: 'invalid_metadata_format' };
        // A streamed message is edited only once its stream has stopped.
        if (method === 'chat.update' && this.streams.get(String(args.ts))?.state === 'streaming') return this.refuse(method, 'cant_update_message', ['message is still streaming']);
        const ts = method === 'chat.update' ? String(args.ts) : this.nextTs();
        if (method === 'chat.postMessage') {
          this.posted.push({
            channel: String(args.channel), ts, text: args.text, user: owner.botUserId, bot_id: owner.botId,
            ...(typeof args.thread_ts === 'string' ? { thread_ts: args.thread_ts } : {}), ...(metadata ? { metadata } : {}),
          });
        }
        return { ok: true, channel: args.channel, ts, message: { text: args.text, ts } };
      }
      case 'chat.startStream':
      case 'chat.appendStream':
      case 'chat.stopStream':
        return this.stream(method, args);
      case 'assistant.threads.setStatus': {
        const problems = setStatusProblems(args);
        if (problems.length) return this.refuse(method, 'invalid_arguments', problems);
        return { ok: true };
      }
      case 'assistant.threads.setSuggestedPrompts': {
        const problems = suggestedPromptsProblems(args);
        if (problems.length) return this.refuse(method, 'invalid_arguments', problems);
        return { ok: true };
      }
      case 'views.publish': {
        const view = args.view as Record<string, unknown> | undefined;
        const problems = typeof args.user_id === 'string' && /^[UW][A-Z0-9]+$/.test(args.user_id) ? [] : ['user_id must be a user id'];
        if (view?.type !== 'home') problems.push('view.type must be home');
        if (typeof view?.private_metadata === 'string' && view.private_metadata.length > 3000) problems.push('private_metadata over 3000');
        problems.push(...blockKitProblems(view?.blocks, 'home'));
        if (problems.length) return this.refuse(method, 'invalid_arguments', problems);
        return { ok: true, view: { id: `V${this.nextTs().replace('.', '')}`, ...view } };
      }
      case 'chat.postEphemeral':
        return { ok: true, message_ts: this.nextTs() };
      case 'reactions.add':
      case 'reactions.remove':
        return { ok: true };
      case 'views.open':
      case 'views.update': {
        const view = args.view as Record<string, unknown> | undefined;
        const problems = blockKitProblems(view?.blocks, 'modal', view);
        if (problems.length) {
          this.rejected.push({ method, problems });
          return { ok: false, error: 'invalid_arguments', response_metadata: { messages: problems } };
        }
        return { ok: true, view: { id: typeof args.view_id === 'string' ? args.view_id : `V${this.nextTs().replace('.', '')}`, ...view } };
      }
      case 'conversations.replies': {
        const mine = this.posted.filter((m) => m.channel === args.channel && m.thread_ts === String(args.ts));
        return { ok: true, messages: [...(this.threads.get(String(args.ts)) ?? []), ...mine.map((m) => this.shown(m, args))], has_more: false };
      }
      case 'conversations.history': {
        const mine = this.posted.filter((m) => m.channel === args.channel && !m.thread_ts && (!args.oldest || Number(m.ts) > Number(args.oldest)));
        return { ok: true, messages: mine.reverse().map((m) => this.shown(m, args)), has_more: false };
      }
      case 'files.getUploadURLExternal': {
        const id = `F${this.nextTs().replace('.', '')}`;
        return { ok: true, upload_url: `${this.url}/upload/${id}`, file_id: id };
      }
      case 'files.completeUploadExternal': {
        const files = (args.files as { id: string; title?: string }[] | undefined) ?? [];
        return { ok: true, files: files.map((f) => ({ id: f.id, title: f.title })) };
      }
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }
}

/** Slack's rule for message metadata: an object with an event_type name and an event_payload object. */
function parseMetadata(raw: unknown): Record<string, unknown> | undefined | 'invalid' {
  if (raw === undefined) return undefined;
  let m: unknown = raw;
  if (typeof raw === 'string') {
    try {
      m = JSON.parse(raw);
    } catch {
      return 'invalid';
    }
  }
  const o = m as { event_type?: unknown; event_payload?: unknown } | null;
  if (!o || typeof o.event_type !== 'string' || !/^[A-Za-z0-9_]+$/.test(o.event_type) || typeof o.event_payload !== 'object' || o.event_payload === null) return 'invalid';
  return o as Record<string, unknown>;
}

/** Chunk shapes chat.*Stream accept (https://docs.slack.dev/messaging/sending-and-scheduling-messages#text-streaming). */
function chunkProblems(chunks: unknown): string[] {
  if (chunks === undefined) return [];
  if (!Array.isArray(chunks)) return ['chunks must be an array'];
  const problems: string[] = [];
  chunks.forEach((c: Record<string, unknown>, i) => {
    const at = `chunks[${i}]`;
    switch (c?.type) {
      case 'markdown_text':
        if (typeof c.text !== 'string' || !c.text) problems.push(`${at}.text required`);
        else if (c.text.length > MARKDOWN_LIMIT) problems.push(`${at}.text over ${MARKDOWN_LIMIT}`);
        break;
      case 'task_update':
        if (typeof c.id !== 'string' || !c.id) problems.push(`${at}.id required`);
        if (typeof c.title !== 'string' || !c.title) problems.push(`${at}.title required`);
        if (!['pending', 'in_progress', 'complete', 'error'].includes(String(c.status))) problems.push(`${at}.status invalid`);
        break;
      case 'plan_update':
        if (typeof c.title !== 'string' || !c.title) problems.push(`${at}.title required`);
        break;
      case 'blocks':
        problems.push(...blockKitProblems(c.blocks, 'message').map((p) => `${at}: ${p}`));
        break;
      default:
        problems.push(`${at}.type ${String(c?.type)} unknown`);
    }
  });
  return problems;
}

function setStatusProblems(args: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const k of ['channel_id', 'thread_ts']) if (typeof args[k] !== 'string' || !args[k]) problems.push(`${k} required`);
  if (typeof args.status !== 'string') problems.push('status required');
  const loading = args.loading_messages;
  if (loading !== undefined && (!Array.isArray(loading) || loading.length > 10 || loading.some((m) => typeof m !== 'string' || !m))) problems.push('loading_messages must be 1-10 strings');
  return problems;
}

function suggestedPromptsProblems(args: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (typeof args.channel_id !== 'string' || !args.channel_id) problems.push('channel_id required');
  // The app is an agent (manifest agent_view): Slack silently drops prompts sent with a thread_ts; a test treats it as refused.
  if (args.thread_ts !== undefined) problems.push('thread_ts is for assistant_view apps only');
  const prompts = args.prompts;
  if (!Array.isArray(prompts) || prompts.length === 0 || prompts.length > 4) return [...problems, 'prompts must be 1-4 items'];
  prompts.forEach((p: Record<string, unknown>, i) => {
    if (typeof p?.title !== 'string' || !p.title.trim()) problems.push(`prompts[${i}].title required`);
    if (typeof p?.message !== 'string' || !p.message.trim()) problems.push(`prompts[${i}].message required`);
    for (const k of Object.keys(p ?? {})) if (k !== 'title' && k !== 'message') problems.push(`prompts[${i}].${k} unknown`);
  });
  if (args.title !== undefined && typeof args.title !== 'string') problems.push('title must be a string');
  return problems;
}

export async function startFakeSlack(options: FakeSlackOptions = {}): Promise<FakeSlack> {
  return new FakeSlack(options).listen();
}

/**
 * True when a message's blocks carry an answer's sources: the classic reply's sources section (`ap.citations`) or the
 * native reply's markdown block ending with its sources (`**Sources**`).
 */
export function carriesCitations(blocks: unknown): boolean {
  return /ap\.citations|\*\*Sources\*\*/.test(JSON.stringify(blocks ?? ''));
}
