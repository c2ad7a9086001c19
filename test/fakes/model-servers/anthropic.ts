import type { ServerResponse } from 'node:http';
import { startFakeServer, tick, type FakeModelServer, type ProtocolWriter } from './fake-server.ts';

function event(res: ServerResponse, type: string, data: Record<string, unknown>): void {
  res.write(`event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`);
}

/**
 * Anthropic's POST /v1/messages with stream: true: SSE events message_start, content_block_start,
 * content_block_delta (text_delta) ..., content_block_stop, message_delta, message_stop.
 */
const write: ProtocolWriter = async (res, behaviour, request) => {
  const model = (request.body as { model?: string } | undefined)?.model ?? 'claude-sonnet-4-5';
  if (behaviour.kind === 'status') {
    const type = behaviour.status === 429 ? 'rate_limit_error' : behaviour.status === 529 ? 'overloaded_error' : behaviour.status >= 500 ? 'api_error' : 'invalid_request_error';
    res.writeHead(behaviour.status, { 'content-type': 'application/json', 'request-id': 'req_fake' });
    res.end(JSON.stringify({ type: 'error', error: { type, message: `fake anthropic error ${behaviour.status}` } }));
    return;
  }
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', 'request-id': 'req_fake' });
  if (behaviour.kind === 'malformed') {
    res.end('event: message_start\ndata: {"type": "message_start", "message": {"id": \n\n');
    return;
  }
  if (behaviour.kind !== 'reply') return;
  event(res, 'message_start', {
    message: { id: 'msg_fake', type: 'message', role: 'assistant', content: [], model, stop_reason: null, stop_sequence: null, usage: { input_tokens: 42, output_tokens: 1 } },
  });
  event(res, 'content_block_start', { index: 0, content_block: { type: 'text', text: '' } });
  event(res, 'ping', {});
  for (const piece of behaviour.pieces) {
    event(res, 'content_block_delta', { index: 0, delta: { type: 'text_delta', text: piece } });
    await tick();
  }
  event(res, 'content_block_stop', { index: 0 });
  event(res, 'message_delta', { delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: behaviour.pieces.length } });
  event(res, 'message_stop', {});
  res.end();
};

/** A fake Anthropic server; point the base URL (MODEL_BASE_URL) at `url`. */
export function startFakeAnthropic(): Promise<FakeModelServer> {
  return startFakeServer({ path: '/v1/messages', write });
}
