import { createServer, type Server, type ServerResponse } from 'node:http';

/** One request the bot made to the fake Bot Connector. */
export interface ConnectorCall {
  method: string;
  path: string;
  /** Parsed JSON body for activities; the raw bytes for uploads. */
  body: Record<string, unknown>;
  raw: Buffer;
  headers: Record<string, string | string[] | undefined>;
  /** The activity id the connector answered with (POST and PUT to /v3/…). */
  responseId?: string;
  /** Why the connector refused it (Teams answers 400 or 403), when it did. */
  rejected?: string[];
  /** When the connector received the request and when it answered (ms since the epoch). */
  receivedAt: number;
  answeredAt?: number;
}

export interface FakeConnectorOptions {
  /** Hold every answer this long: a slow connector keeps the bot's turn in flight. */
  replyDelayMs?: number;
}

/**
 * The far side of the wire: a loopback Bot Connector speaking the v3 REST protocol the CloudAdapter uses
 * (POST /v3/conversations/{id}/activities[/{replyToId}], PUT /v3/conversations/{id}/activities/{id}),
 * plus a OneDrive-like upload URL (PUT /upload/{name}) for the file-consent flow.
 */
export class FakeConnector {
  readonly calls: ConnectorCall[] = [];
  /** Activities Teams would refuse (a test that sees one has found a bug, unless it provoked it). */
  readonly rejected: { path: string; problems: string[] }[] = [];
  /** Streams by id: the last sequence number and whether the final message closed it. */
  readonly streams = new Map<string, { sequence: number; text: string; final: boolean }>();
  /** Files offered for download as Teams does in personal chat (a SharePoint URL carrying a tempauth token). */
  readonly hosted = new Map<string, Buffer>();
  /** Every request for a hosted file: its path and whether it carried the tempauth token. */
  readonly downloads: { path: string; authorised: boolean }[] = [];
  private server: Server | undefined;
  private nextId = 1;
  private waiters: { predicate: (c: ConnectorCall) => boolean; resolve: (c: ConnectorCall) => void }[] = [];
  url = '';

  constructor(private readonly options: FakeConnectorOptions = {}) {}

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks);
        const path = req.url ?? '/';
        if (path.startsWith('/files/')) return this.serveFile(path, res);
        let body: Record<string, unknown> = {};
        if (!path.startsWith('/upload/') && raw.length) body = JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
        const call: ConnectorCall = { method: req.method ?? 'GET', path, body, raw, headers: req.headers, receivedAt: Date.now() };
        if (!path.startsWith('/upload/')) {
          call.responseId = req.method === 'PUT' ? decodeURIComponent(path.split('/').pop() ?? '') : `bot-activity-${this.nextId++}`;
        }
        const problems = path.startsWith('/v3/') ? this.check(req.method ?? 'GET', body, call.responseId) : [];
        if (problems.length) {
          this.rejected.push({ path, problems });
          call.rejected = problems;
          this.calls.push(call);
          res.writeHead(problems.some((p) => p.startsWith('403')) ? 403 : 400, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ error: { code: 'BadArgument', message: problems.join('; ') } }));
          return;
        }
        this.calls.push(call);
        this.waiters = this.waiters.filter((w) => (w.predicate(call) ? (w.resolve(call), false) : true));
        const answer = () => {
          call.answeredAt = Date.now();
          if (path.startsWith('/upload/')) {
            res.writeHead(201, { 'content-type': 'application/json' });
            res.end(JSON.stringify({ id: 'drive-item-1', name: path.slice('/upload/'.length), size: raw.length }));
            return;
          }
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ id: call.responseId }));
        };
        if (this.options.replyDelayMs) setTimeout(answer, this.options.replyDelayMs);
        else answer();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', () => resolve()));
    const addr = this.server.address();
    this.url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/`;
  }

  /**
   * What Teams checks on an activity the bot sends: one root schema.org Message entity, citations as Claims
   * with a numbered position and a DigitalDocument appearance (name up to 80, abstract up to 160 characters),
   * a boolean feedbackLoopEnabled, and the streaming protocol (personal chat only; informative and streaming
   * updates are typing activities numbered from 1 in order, each streaming text extending the last; the final
   * one is a message; nothing follows it).
   */
  private check(method: string, body: Record<string, unknown>, id: string | undefined): string[] {
    const problems: string[] = [];
    const entities = Array.isArray(body.entities) ? (body.entities as Record<string, unknown>[]) : [];
    const roots = entities.filter((e) => e.type === 'https://schema.org/Message');
    if (roots.length > 1) problems.push('more than one root message entity');
    for (const root of roots) {
      if (root['@type'] !== 'Message' || root['@context'] !== 'https://schema.org') problems.push('root message entity needs @type Message and @context');
      const citations = root.citation;
      if (citations === undefined) continue;
      if (!Array.isArray(citations) || citations.length > 20) {
        problems.push('citation must be an array of up to 20');
        continue;
      }
      (citations as Record<string, unknown>[]).forEach((c, i) => {
        const at = `citation[${i}]`;
        if (c['@type'] !== 'Claim') problems.push(`${at}.@type must be Claim`);
        if (!Number.isInteger(c.position) || (c.position as number) < 1) problems.push(`${at}.position required`);
        const a = c.appearance as Record<string, unknown> | undefined;
        if (!a) return;
        if (a['@type'] !== 'DigitalDocument') problems.push(`${at}.appearance.@type must be DigitalDocument`);
        if (typeof a.name !== 'string' || !a.name || a.name.length > 80) problems.push(`${at}.appearance.name required, up to 80`);
        if (typeof a.abstract !== 'string' || !a.abstract || a.abstract.length > 160) problems.push(`${at}.appearance.abstract required, up to 160`);
        if (a.url !== undefined && (typeof a.url !== 'string' || !/^https?:\/\//.test(a.url))) problems.push(`${at}.appearance.url must be http(s)`);
      });
    }
    const channelData = body.channelData as Record<string, unknown> | undefined;
    if (channelData && 'feedbackLoopEnabled' in channelData && typeof channelData.feedbackLoopEnabled !== 'boolean') problems.push('feedbackLoopEnabled must be a boolean');
    const info = entities.find((e) => e.type === 'streaminfo');
    if (!info || method !== 'POST') return problems;
    const conversation = body.conversation as { conversationType?: string } | undefined;
    if (conversation?.conversationType !== 'personal') return [...problems, '403 streaming is only for personal chat'];
    const type = info.streamType;
    const streamId = typeof info.streamId === 'string' ? info.streamId : undefined;
    const stream = streamId ? this.streams.get(streamId) : undefined;
    if (streamId && !stream) return [...problems, 'unknown streamId'];
    if (stream?.final) return [...problems, 'stream already ended'];
    if (type === 'final') {
      if (body.type !== 'message') problems.push('final stream update must be a message');
      if (!stream) problems.push('final update needs the streamId');
      else if (!problems.length) stream.final = true;
      return problems;
    }
    if (type !== 'informative' && type !== 'streaming') return [...problems, `streamType ${String(type)} unknown`];
    if (body.type !== 'typing') problems.push(`${type} update must be a typing activity`);
    if (typeof body.text !== 'string' || !body.text) problems.push(`${type} update needs text`);
    const expected = (stream?.sequence ?? 0) + 1;
    if (info.streamSequence !== expected) problems.push(`streamSequence ${String(info.streamSequence)}, expected ${expected}`);
    if (!stream && type === 'streaming' && !streamId && expected !== 1) problems.push('streaming update needs the streamId');
    if (type === 'streaming' && stream && stream.text && typeof body.text === 'string' && !body.text.startsWith(stream.text)) problems.push('streaming text must extend the text already streamed');
    if (problems.length) return problems;
    if (stream) {
      stream.sequence = expected;
      if (type === 'streaming') stream.text = String(body.text);
    } else if (id) this.streams.set(id, { sequence: 1, text: type === 'streaming' ? String(body.text) : '', final: false });
    return problems;
  }

  /**
   * Hosts a file and returns the attachment Teams puts on a personal-chat message that carries it. Like
   * SharePoint, the download URL works only with its tempauth token; anything else gets 401.
   */
  hostFile(name: string, bytes: Buffer): Record<string, unknown> {
    const id = `file-${this.nextId++}`;
    this.hosted.set(id, bytes);
    const ext = name.split('.').pop() ?? '';
    return {
      contentType: 'application/vnd.microsoft.teams.file.download.info',
      name,
      content: { downloadUrl: `${this.url}files/${id}/${encodeURIComponent(name)}?tempauth=fake-tempauth-${id}`, uniqueId: id, fileType: ext },
    };
  }

  private serveFile(path: string, res: ServerResponse): void {
    const url = new URL(path, this.url);
    const id = url.pathname.split('/')[2] ?? '';
    const authorised = url.searchParams.get('tempauth') === `fake-tempauth-${id}`;
    this.downloads.push({ path: url.pathname, authorised });
    const bytes = this.hosted.get(id);
    if (!authorised) {
      res.writeHead(401, { 'content-type': 'application/json' }).end('{"error":{"code":"unauthenticated"}}');
      return;
    }
    if (!bytes) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"code":"itemNotFound"}}');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(bytes.length) }).end(bytes);
  }

  /** Resolves with the first call (already made or future) that matches. */
  waitFor(predicate: (c: ConnectorCall) => boolean): Promise<ConnectorCall> {
    const seen = this.calls.find(predicate);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.waiters.push({ predicate, resolve }));
  }

  /** Activities (not uploads) the bot sent or updated, in order. */
  activities(): ConnectorCall[] {
    return this.calls.filter((c) => c.path.startsWith('/v3/'));
  }

  reset(): void {
    this.calls.length = 0;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (!this.server) return resolve();
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }
}
