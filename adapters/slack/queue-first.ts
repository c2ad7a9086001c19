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

/** The Web API methods that show something to users: the delivered-marker is claimed before the first of them. */
const VISIBLE = new Set(['chat.postMessage', 'chat.postEphemeral', 'chat.update', 'views.open', 'files.getUploadURLExternal']);

/**
 * The Web API client a queued job answers through: before its first visible call it passes the job's delivery
 * guard, which throws AlreadyDelivered when an earlier run of the job (whose worker died) posted the answer.
 */
export class GuardedWebClient extends webApi.WebClient {
  readonly #beforePost: () => Promise<void>;
  constructor(token: string, options: webApi.WebClientOptions, beforePost: () => Promise<void>) {
    super(token, options);
    this.#beforePost = beforePost;
  }
  override async apiCall(method: string, options?: Record<string, unknown>): Promise<webApi.WebAPICallResult> {
    if (VISIBLE.has(method)) await this.#beforePost();
    return super.apiCall(method, options);
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
