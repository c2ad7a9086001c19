import { describe, expect, it } from 'vitest';
import { createHttpServer } from '../../adapters/http/server.ts';
import { silentLogger } from '../../bot/logger.ts';

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
