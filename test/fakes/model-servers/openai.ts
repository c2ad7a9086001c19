import { startFakeServer, tick, type FakeModelServer, type ProtocolWriter } from './fake-server.ts';

/** OpenAI's POST /v1/chat/completions with stream: true: Server-Sent Events of chat.completion.chunk, then [DONE]. */
const write: ProtocolWriter = async (res, behaviour, request) => {
  const body = (request.body ?? {}) as { model?: string; stream_options?: { include_usage?: boolean } };
  const model = body.model ?? 'gpt-4.1-mini';
  if (behaviour.kind === 'status') {
    const type = behaviour.status === 429 ? 'rate_limit_error' : behaviour.status >= 500 ? 'server_error' : 'invalid_request_error';
    res.writeHead(behaviour.status, { 'content-type': 'application/json', 'x-request-id': 'req_fake' });
    res.end(JSON.stringify({ error: { message: `fake openai error ${behaviour.status}`, type, param: null, code: null } }));
    return;
  }
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
  if (behaviour.kind === 'malformed') {
    res.end('data: {"id": "chatcmpl-broken", "choices": [{"delta": {"content": "Hal\n\n');
    return;
  }
  if (behaviour.kind !== 'reply') return;
  const base = { id: 'chatcmpl-fake', object: 'chat.completion.chunk', created: 1_700_000_000, model, system_fingerprint: null };
  const send = (choices: unknown[], extra: Record<string, unknown> = {}) => res.write(`data: ${JSON.stringify({ ...base, choices, ...extra })}\n\n`);
  send([{ index: 0, delta: { role: 'assistant', content: '' }, logprobs: null, finish_reason: null }]);
  for (const piece of behaviour.pieces) {
    send([{ index: 0, delta: { content: piece }, logprobs: null, finish_reason: null }]);
    await tick();
  }
  send([{ index: 0, delta: {}, logprobs: null, finish_reason: 'stop' }]);
  if (body.stream_options?.include_usage) send([], { usage: { prompt_tokens: 42, completion_tokens: behaviour.pieces.length, total_tokens: 42 + behaviour.pieces.length } });
  res.end('data: [DONE]\n\n');
};

/** A fake OpenAI-protocol server; its base URL for the SDK is `${url}/v1`. */
export function startFakeOpenAI(): Promise<FakeModelServer> {
  return startFakeServer({ path: '/v1/chat/completions', write });
}
