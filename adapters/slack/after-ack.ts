import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * Lets an ack actually leave before the work it acknowledges starts. Node's HTTP response uncorks its socket
 * in a nextTick, and nextTicks queued during a promise chain wait until the chain's microtasks drain: without
 * this hop the ack's bytes would sit in the buffer while the bot routes, answers and renders.
 */
export function afterAck(): Promise<void> {
  return nextTurn();
}
