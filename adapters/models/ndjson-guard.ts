/**
 * ollama-js skips a line of its NDJSON stream that is not JSON and prints it with console.warn: a broken server's
 * output would land on stderr between our JSON log lines. This guard fails the stream instead, with a SyntaxError
 * that our error classifier reads as a malformed response, before the client sees the bad line.
 */
export function guardNdjson(response: Response): Response {
  const type = response.headers.get('content-type') ?? '';
  if (!response.ok || !response.body || !/ndjson|json/i.test(type)) return response;
  const decoder = new TextDecoder();
  let pending = '';
  const check = (line: string, controller: TransformStreamDefaultController<Uint8Array>) => {
    if (line.trim() === '') return;
    try {
      JSON.parse(line);
    } catch {
      controller.error(new SyntaxError('model server sent a line that is not JSON'));
    }
  };
  const guard = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      pending += decoder.decode(chunk, { stream: true });
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) check(line, controller);
      controller.enqueue(chunk);
    },
    flush(controller) {
      check(pending + decoder.decode(), controller);
    },
  });
  return new Response(response.body.pipeThrough(guard), { status: response.status, statusText: response.statusText, headers: response.headers });
}
