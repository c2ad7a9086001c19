import { describe, expect, it } from 'vitest';
import { connect } from 'node:net';
import { createHttpServer, HttpError, readBody } from '../../../adapters/http/server.ts';
import { silentLogger } from '../../../bot/logger.ts';

describe('shared HTTP server', () => {
  it('serves /healthz, mounted routes, 404 and 405, and a handler failure as a 500 without internals', async () => {
    const http = createHttpServer({
      logger: silentLogger(),
      health: () => ({ adapters: ['test'] }),
      routes: [
        { method: 'POST', path: '/echo', handler: (_req, res) => void res.end('echoed') },
        { method: 'GET', path: '/files/', handler: (req, res) => void res.end(req.url) },
        { method: 'POST', path: '/boom', handler: async () => Promise.reject(new Error('db password hunter2')) },
      ],
    });
    const { port } = await http.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${port}`;
    try {
      expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ ok: true, adapters: ['test'] });
      expect(await (await fetch(`${base}/echo`, { method: 'POST' })).text()).toBe('echoed');
      expect(await (await fetch(`${base}/files/abc?x=1`)).text()).toBe('/files/abc?x=1');
      expect((await fetch(`${base}/nowhere`)).status).toBe(404);
      expect((await fetch(`${base}/echo`)).status).toBe(405);
      const boom = await fetch(`${base}/boom`, { method: 'POST' });
      expect(boom.status).toBe(500);
      expect(await boom.text()).not.toContain('hunter2');
    } finally {
      await http.close();
    }
  });
});

/** Sends raw bytes on a fresh connection and resolves with everything the server wrote back. */
function raw(port: number, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(bytes));
    let out = '';
    socket.on('data', (d: Buffer) => (out += d.toString('latin1')));
    socket.on('close', () => resolve(out));
    socket.on('error', reject);
  });
}

describe('requests the server cannot parse', () => {
  it('answers 400 to request targets that URL parsing rejects, and keeps serving', async () => {
    const http = createHttpServer({ logger: silentLogger(), routes: [{ method: 'GET', path: '/files/', handler: (_req, res) => void res.end('ok') }] });
    const { port } = await http.listen(0, '127.0.0.1');
    try {
      for (const target of ['http://[/', 'http://[::1/x', 'http://a:b:c/', '//[', 'http://%zz/', 'https://[fe80::1%/']) {
        const answer = await raw(port, `GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
        expect(answer, target).toMatch(/^HTTP\/1\.1 400 /);
      }
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    } finally {
      await http.close();
    }
  });

  it('answers a handler that throws synchronously with 500, and an HttpError with its own status', async () => {
    const http = createHttpServer({
      logger: silentLogger(),
      routes: [
        { method: 'GET', path: '/sync', handler: () => { throw new TypeError('x is not a function'); } },
        { method: 'POST', path: '/small', handler: async (req, res) => void res.end(String((await readBody(req, 10)).length)) },
        { method: 'GET', path: '/teapot', handler: () => Promise.reject(new HttpError(418, 'short and stout')) },
      ],
    });
    const { port } = await http.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${port}`;
    try {
      expect((await fetch(`${base}/sync`)).status).toBe(500);
      const big = await fetch(`${base}/small`, { method: 'POST', body: 'x'.repeat(100_000) }).catch(() => undefined);
      // Either the 413 arrives, or the client saw the connection close while still sending; never a 5xx.
      if (big) expect(big.status).toBe(413);
      expect(await (await fetch(`${base}/small`, { method: 'POST', body: 'tiny' })).text()).toBe('4');
      const teapot = await fetch(`${base}/teapot`);
      expect(teapot.status).toBe(418);
      expect(await teapot.json()).toEqual({ error: 'short and stout' });
    } finally {
      await http.close();
    }
  });

  it('GET /readyz answers 200 when ready, 503 with the failing checks when not', async () => {
    let ready = true;
    const http = createHttpServer({
      logger: silentLogger(),
      routes: [],
      readiness: async () => (ready ? { ready: true, checks: { store: true } } : { ready: false, checks: { store: 'unreachable' } }),
    });
    const { port } = await http.listen(0, '127.0.0.1');
    try {
      const up = await fetch(`http://127.0.0.1:${port}/readyz`);
      expect([up.status, await up.json()]).toEqual([200, { ready: true, checks: { store: true } }]);
      ready = false;
      const down = await fetch(`http://127.0.0.1:${port}/readyz`);
      expect([down.status, await down.json()]).toEqual([503, { ready: false, checks: { store: 'unreachable' } }]);
      // Liveness is not readiness: the process is alive either way.
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    } finally {
      await http.close();
    }
  });
});
