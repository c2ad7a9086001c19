import { App as BoltApp, type ReceiverEvent, type RespondFn, webApi } from '@slack/bolt';

/** The acknowledgement of each Events API request still waiting, by its body (the object listeners receive). */
const pendingAcks = new WeakMap<object, () => Promise<void>>();

/**
 * Bolt acknowledges an Events API request before any middleware runs, so a question would be acknowledged before
 * it is queued, and a crash in between would lose it. With a queue, this App holds that ack back: the listener
 * queues the question and then calls ackEvent(body); if it never does (an ignored message), the ack goes when
 * the listeners are done. Interactions and commands ack explicitly already and pass through unchanged.
 */
export class QueueFirstBoltApp extends BoltApp {
  override async processEvent(event: ReceiverEvent): Promise<void> {
    const body = event.body as { type?: unknown };
    if (body.type !== 'event_callback') return super.processEvent(event);
    let acked: Promise<void> | undefined;
    const ack = () => (acked ??= event.ack());
    pendingAcks.set(event.body, ack);
    try {
      await super.processEvent({ ...event, ack: async () => undefined });
    } finally {
      pendingAcks.delete(event.body);
      await ack();
    }
  }
}

/** Sends an event's held acknowledgement now (nothing when Bolt acknowledged it already). */
export async function ackEvent(body: object): Promise<void> {
  await pendingAcks.get(body)?.();
}

/**
 * The Web API methods that show an answer to users: the delivered-marker is claimed before the first of them. The
 * native loading status (assistant.threads.setStatus) is a working signal, not an answer, and may show again.
 */
const VISIBLE = new Set(['chat.postMessage', 'chat.postEphemeral', 'chat.update', 'chat.startStream', 'chat.appendStream', 'chat.stopStream', 'views.open', 'files.getUploadURLExternal']);

/** Slack message metadata naming the job a post answers, so a later run can find it (an opaque id, nothing personal). */
export const JOB_METADATA_TYPE = 'ai_procurement_job';

/**
 * The Web API client a queued job answers through: before its first visible call it passes the job's delivery
 * guard (which throws AlreadyDelivered when an earlier run of the job posted the answer), and every message it
 * posts carries the job's id as message metadata.
 */
export class GuardedWebClient extends webApi.WebClient {
  readonly #beforePost: () => Promise<void>;
  readonly #jobId: string;
  constructor(token: string, options: webApi.WebClientOptions, guard: { beforePost: () => Promise<void>; jobId: string }) {
    super(token, options);
    this.#beforePost = guard.beforePost;
    this.#jobId = guard.jobId;
  }
  override async apiCall(method: string, options?: Record<string, unknown>): Promise<webApi.WebAPICallResult> {
    if (VISIBLE.has(method)) await this.#beforePost();
    const tagged = method === 'chat.postMessage' ? { ...options, metadata: { event_type: JOB_METADATA_TYPE, event_payload: { job: this.#jobId } } } : options;
    return super.apiCall(method, tagged);
  }
}

/**
 * Whether a message tagged with this job is in the conversation already: in the thread the answer goes to, or
 * (a DM answered outside any thread) after the question. A failed look-up says no: a possible duplicate is better
 * than silence.
 */
export async function postedEarlier(client: webApi.WebClient, where: { channel: string; thread?: string; after: string }, jobId: string): Promise<boolean> {
  try {
    const res = where.thread
      ? await client.conversations.replies({ channel: where.channel, ts: where.thread, include_all_metadata: true, limit: 200 })
      : await client.conversations.history({ channel: where.channel, oldest: where.after, include_all_metadata: true, limit: 200 });
    return (res.messages ?? []).some((m) => m.metadata?.event_type === JOB_METADATA_TYPE && (m.metadata.event_payload as { job?: unknown } | undefined)?.job === jobId);
  } catch {
    return false;
  }
}

/** response_url, as Bolt's respond() posts to it, behind the same guard. */
export function guardedRespond(responseUrl: string, beforePost: () => Promise<void>): RespondFn {
  return async (message) => {
    await beforePost();
    const res = await fetch(responseUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(typeof message === 'string' ? { text: message } : message) });
    if (!res.ok) throw new Error(`response_url answered ${res.status}`);
    return res;
  };
}
