import { CloudAdapter, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';

/**
 * CloudAdapter with its activity step public. botbuilder's process() parses an Express-style request and then
 * calls processActivity(); messages-route.ts does the parsing itself (a malformed body is a 400, not a throw inside
 * botbuilder) and needs that second step, which botbuilder declares protected.
 */
export class CheckedCloudAdapter extends CloudAdapter {
  /** Authenticates the activity against its Authorization header, runs the turn, returns the invoke response. */
  processChecked(authorization: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authorization, activity, logic);
  }
}
