import { request } from './raw-http.ts';
import type { Rng } from './rng.ts';
import type { FuzzCase } from './fuzz-case.ts';

const PATHS = ['/', '/healthz', '/readyz', '/slack/events', '/api/messages', '/downloads/', '/downloads/abc.def', '/nowhere'];
/** Request targets `new URL()` rejects, broken percent escapes, odd forms of the target. */
const TARGETS = [
  'http://[/', 'http://[::1/x', 'http://a:b:c/', 'http://a:99999/', '//[', 'http://%zz/', 'https://[fe80::1%/', 'http://u@[/',
  '*', '/%', '/%%', '/%zz', '/%E0%A4%A', '/%uD800', '/%C0%80', '/%00', '/downloads/%', '/downloads/%E0%A4%A', '/downloads/%ED%A0%80.x',
  '/downloads/a%2F..%2F..%2Fetc%2Fpasswd', '/slack/events%', '/slack/events?%', '/api/messages%2', '/healthz?x=%', '/./../healthz',
  'mailto:x', 'http://127.0.0.1/healthz', 'HTTP://127.0.0.1/api/messages', `/${'a'.repeat(9_000)}`, `/downloads/${'%41'.repeat(3_000)}`,
];
const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS', 'TRACE', 'CONNECT'];

/** Complete requests whose bytes break HTTP itself: the request line, the headers, the framing. */
const BROKEN: [string, string][] = [
  ['garbage bytes', '\u0000\u0001\u00ff\r\n\r\n'],
  ['no version', 'GET /\r\n\r\n'],
  ['HTTP/9.9', 'GET / HTTP/9.9\r\nHost: x\r\n\r\n'],
  ['unknown method', 'BREW / HTTP/1.1\r\nHost: x\r\n\r\n'],
  ['lower-case method', 'get /healthz HTTP/1.1\r\nHost: x\r\n\r\n'],
  ['space in target', 'GET /a b HTTP/1.1\r\nHost: x\r\n\r\n'],
  ['NUL in target', 'GET /\u0000 HTTP/1.1\r\nHost: x\r\n\r\n'],
  ['no Host', 'GET /healthz HTTP/1.1\r\nConnection: close\r\n\r\n'],
  ['header without colon', 'GET / HTTP/1.1\r\nHost: x\r\nNoColonHere\r\n\r\n'],
  ['NUL in header value', 'GET / HTTP/1.1\r\nHost: x\r\nX-A: a\u0000b\r\n\r\n'],
  ['obs-fold header', 'GET / HTTP/1.1\r\nHost: x\r\nX-A: a\r\n  folded\r\n\r\n'],
  ['two Content-Length', 'POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}'],
  ['negative Content-Length', 'POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n'],
  ['Content-Length and chunked', 'POST /api/messages HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n'],
  ['broken chunk size', 'POST /api/messages HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n'],
  ['short body', 'POST /slack/events HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 100\r\n\r\n{}'],
  ['Expect: 100-continue', 'POST /api/messages HTTP/1.1\r\nHost: x\r\nConnection: close\r\nExpect: 100-continue\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}'],
  ['header over 16 KB', `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'b'.repeat(20_000)}\r\n\r\n`],
  ['500 headers', `GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n${Array.from({ length: 500 }, (_, i) => `X-${i}: ${i}`).join('\r\n')}\r\n\r\n`],
];

/** Bodies that are not what any endpoint reads: bad encodings, odd JSON, deep nesting. */
function oddBody(rng: Rng): Buffer {
  return rng.pick<() => Buffer>([
    () => Buffer.from([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]),
    () => Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]),
    () => Buffer.from([0xef, 0xbb, 0xbf, 0x7b, 0x7d]),
    () => Buffer.from([0xc0, 0xaf, 0xed, 0xa0, 0x80]),
    () => Buffer.from('{"a":"\\ud800"}'),
    () => Buffer.from('1e999'),
    () => Buffer.from('['.repeat(100_000)),
    () => Buffer.from(`${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`),
    () => Buffer.from('{"type":"message",}'),
    () => Buffer.from(rng.text(200)),
    () => Buffer.alloc(0),
  ])();
}

/** Random bytes as percent escapes, some of them cut short or made of non-hex digits. */
function percent(rng: Rng): string {
  return [...Buffer.from(rng.text(6))].map((b) => (rng.chance(0.15) ? rng.pick(['%', '%z', `%${b.toString(16).slice(0, 1)}`]) : `%${b.toString(16).padStart(2, '0')}`)).join('');
}

/** Requests that break HTTP, URLs and encodings, at every endpoint. */
export function rawCases(rng: Rng, count: number): FuzzCase[] {
  const mayClose = 'Node answers a request it cannot parse with 400 and closes; a client still writing may see the close first';
  const cases: FuzzCase[] = BROKEN.map(([name, text]) => ({ name: `raw: ${name}`, bytes: Buffer.from(text, 'latin1'), mayClose, halfClose: name === 'short body' }));
  // Well-framed requests: each must get a status line, whatever its target.
  for (const target of TARGETS) for (const method of ['GET', 'POST']) cases.push({ name: `target ${method} ${target.slice(0, 60)}`, bytes: request(method, target, {}) });
  for (let i = 0; i < count; i++) {
    const method = rng.pick(METHODS);
    const target = rng.chance(0.5) ? rng.pick(TARGETS) : `${rng.pick(PATHS)}${rng.chance(0.3) ? `?q=${percent(rng)}` : ''}`;
    const headers: Record<string, string> = {};
    if (rng.chance(0.5)) headers['Content-Type'] = rng.pick(['application/json', 'application/x-www-form-urlencoded', 'text/plain; charset=latin1', 'application/json; charset=utf-16', '']);
    if (rng.chance(0.2)) headers['Content-Encoding'] = rng.pick(['gzip', 'br', 'identity, gzip']);
    if (rng.chance(0.2)) headers.Authorization = rng.pick(['Bearer', 'Bearer x.y.z', 'Basic Og==', '\u00ff\u00fe']);
    const body = method === 'GET' || method === 'HEAD' ? Buffer.alloc(0) : oddBody(rng);
    const connectNote = 'Node hands CONNECT to a "connect" listener, and with none it closes the socket without answering';
    cases.push({ name: `raw #${i} ${method} ${target.slice(0, 40)}`, bytes: request(method, target, headers, body), ...(method === 'CONNECT' ? { mayClose: connectNote } : {}) });
  }
  return cases;
}
