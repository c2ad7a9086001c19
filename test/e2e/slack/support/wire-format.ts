/** How the Web API client encodes what it sends: form bodies with JSON-encoded fields, multipart uploads. */

/** Fields the Web API client sends JSON-encoded inside a form body. */
const JSON_FIELDS = ['blocks', 'view', 'files', 'attachments', 'metadata', 'prompts', 'chunks', 'loading_messages'];

export function parseArgs(raw: Buffer, contentType: string): Record<string, unknown> {
  const text = raw.toString();
  if (contentType.includes('application/json')) return text ? (JSON.parse(text) as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(text)) {
    out[k] = JSON_FIELDS.includes(k) ? safeJson(v) : v;
  }
  return out;
}

/** The upload URL takes the raw bytes or a multipart form (what the Web API client sends); returns the file. */
export function fileBytes(raw: Buffer, contentType: string): Buffer {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  if (!contentType.startsWith('multipart/form-data') || !boundary) return raw;
  const sep = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const start = raw.indexOf(sep);
  const headersEnd = raw.indexOf('\r\n\r\n', start);
  const end = raw.indexOf(Buffer.concat([Buffer.from('\r\n'), sep]), headersEnd);
  return start < 0 || headersEnd < 0 || end < 0 ? raw : raw.subarray(headersEnd + 4, end);
}

function safeJson(v: string): unknown {
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}
