import { startFakeServer, tick, type FakeModelServer, type ProtocolWriter } from './fake-server.ts';

/** Ollama's POST /api/chat: newline-delimited JSON, one message piece per line, then a "done" line. */
const write: ProtocolWriter = async (res, behaviour, request) => {
  const model = (request.body as { model?: string } | undefined)?.model ?? 'llama3.1:8b';
  const created_at = new Date(0).toISOString();
  if (behaviour.kind === 'status') {
    res.writeHead(behaviour.status, { 'content-type': 'application/json' }).end(JSON.stringify({ error: `fake ollama error ${behaviour.status}` }));
    return;
  }
  res.writeHead(200, { 'content-type': 'application/x-ndjson' });
  if (behaviour.kind === 'malformed') {
    res.end('{"model": "broken", "message": {"role": "assistant", "content": "Hal\n');
    return;
  }
  if (behaviour.kind !== 'reply') return;
  for (const piece of behaviour.pieces) {
    res.write(`${JSON.stringify({ model, created_at, message: { role: 'assistant', content: piece }, done: false })}\n`);
    await tick();
  }
  res.end(
    `${JSON.stringify({ model, created_at, message: { role: 'assistant', content: '' }, done: true, done_reason: 'stop', total_duration: 1000, load_duration: 10, prompt_eval_count: 42, prompt_eval_duration: 100, eval_count: behaviour.pieces.length, eval_duration: 500 })}\n`,
  );
};

/** A fake Ollama server; point MODEL_BASE_URL at `url`. */
export function startFakeOllama(): Promise<FakeModelServer> {
  return startFakeServer({ path: '/api/chat', write });
}
