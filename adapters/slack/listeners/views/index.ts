import type { App as BoltApp } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { IDS } from '../../render/ids.ts';
import { stepSubmission } from './step-submission.ts';
import { vendorSubmission } from './vendor-submission.ts';

/** Every modal callback_id this app answers, tied to its listener. */
const VIEWS = [
  [IDS.stepView, stepSubmission],
  [IDS.vendorView, vendorSubmission],
] as const;

export function servesView(callbackId: string): boolean {
  return VIEWS.some(([id]) => id === callbackId);
}

export function register(bolt: BoltApp, deps: SlackDeps): void {
  for (const [id, listener] of VIEWS) bolt.view(id, listener(deps));
}
