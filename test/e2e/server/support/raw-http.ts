import { connect } from 'node:net';

/** What came back for one raw request: the status (0 when the server closed without answering), and how fast. */
export interface RawResult {
  status: number;
  /** The connection was reset or closed before a status line arrived (e.g. while a huge body was still being sent). */
  closedEarly: boolean;
  ms: number;
}

/**
 * Writes `bytes` on a fresh loopback connection, exactly as given (so malformed request lines, headers and bodies
 * reach the server's parser untouched), and reads until the server closes or `timeoutMs` passes.
 */
export function sendRaw(port: number, bytes: Buffer, options: { halfClose?: boolean; timeoutMs?: number } = {}): Promise<RawResult> {
  return new Promise((resolve) => {
    const started = performance.now();
    let head = '';
    let settled = false;
    const socket = connect(port, '127.0.0.1');
    const done = (closedEarly: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      // Interim answers (100 Continue) come first; the final status line is the first that is not 1xx.
      const m = /HTTP\/1\.[01] ([2-9]\d\d)/.exec(head);
      resolve({ status: m ? Number(m[1]) : 0, closedEarly: !m && closedEarly, ms: performance.now() - started });
    };
    const timer = setTimeout(() => done(false), options.timeoutMs ?? 10_000);
    // write, not end: a client that half-closes its side may see the server drop a slow response.
    socket.on('connect', () => (options.halfClose ? socket.end(bytes) : socket.write(bytes)));
    socket.on('data', (d: Buffer) => {
      head += d.toString('latin1');
      // The status line is all we need; stop reading once it is complete.
      if (/HTTP\/1\.[01] [2-9]\d\d/.test(head)) done(false);
    });
    socket.on('error', () => done(true));
    socket.on('close', () => done(true));
  });
}

/** A well-formed HTTP/1.1 request around `body`, with `Connection: close`. Headers are written as given. */
export function request(method: string, target: string, headers: Record<string, string>, body: Buffer | string = ''): Buffer {
  const payload = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  const lines = [`${method} ${target} HTTP/1.1`, 'Host: 127.0.0.1', 'Connection: close'];
  for (const [k, v] of Object.entries(headers)) lines.push(`${k}: ${v}`);
  if (!Object.keys(headers).some((k) => k.toLowerCase() === 'content-length' || k.toLowerCase() === 'transfer-encoding')) lines.push(`Content-Length: ${payload.length}`);
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), payload]);
}
