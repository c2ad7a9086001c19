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
