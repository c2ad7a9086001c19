import type { App as BoltApp } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { IDS } from '../../render/ids.ts';
import { stepSubmission } from './step-submission.ts';
import { vendorSubmission } from './vendor-submission.ts';

export function register(bolt: BoltApp, deps: SlackDeps): void {
  bolt.view(IDS.stepView, stepSubmission(deps));
  bolt.view(IDS.vendorView, vendorSubmission(deps));
}
