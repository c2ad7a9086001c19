import type { Activity, TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { Reply, TurnInput } from '../../../bot/turn.ts';
import { teamsErrorText, teamsPlainText } from '../render/markdown.ts';
import type { TeamsDeps } from '../deps.ts';
import { placeOf, turnFor, type TeamsPlace } from '../turn.ts';
import { Verb, ADAPTIVE_CARD_CONTENT_TYPE, type AdaptiveCard } from '../render/card-types.ts';
import { STEP_INPUT_ID } from '../render/step-card.ts';
import { fileActivities } from '../files/deliver-files.ts';
import { cardBody, errorBody, messageBody, sendInvokeResponse, type AdaptiveCardInvokeBody } from '../invoke-response.ts';
import { handleFeedback } from './feedback.ts';
import { WORKFLOW_ACTIONS, workflowActionName } from '../../../workflows/actions.ts';

/** The Turn action a submitted workflow step becomes (workflows/actions.ts describes its value). */
export const STEP_ANSWER_ACTION = WORKFLOW_ACTIONS.answer;

/** `adaptiveCard/action` invoke value (https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/universal-actions-for-adaptive-cards/work-with-universal-actions-for-adaptive-cards). */
const actionInvokeSchema = z.object({
  action: z.object({
    type: z.literal('Action.Execute'),
    verb: z.string(),
    data: z.record(z.string(), z.unknown()).optional(),
  }),
});

/** The core's input for a card button or form; undefined when the data is not ours. */
export function inputForAction(verb: string, data: Record<string, unknown>): TurnInput | undefined {
  if (verb === Verb.Choice && typeof data.action === 'string') return { kind: 'action', action: data.action, value: data.value };
  if (verb === Verb.Step && typeof data.runId === 'string' && typeof data.stepId === 'string') {
    const raw = data[STEP_INPUT_ID];
    const value: Record<string, unknown> = { runId: data.runId, stepId: data.stepId, value: typeof raw === 'string' ? raw.trim() : (raw ?? '') };
    if (typeof data.workflow === 'string') value.workflow = data.workflow;
    // The checklist's optional fields arrive as inputs of the same name; empty ones are left out.
    for (const field of ['notes', 'evidence'] as const) {
      const v = data[field];
      if (typeof v === 'string' && v.trim()) value[field] = v.trim();
    }
    return { kind: 'action', action: STEP_ANSWER_ACTION, value };
  }
  return undefined;
}

/**
 * Whether the reply continues the clicked card (a workflow moving on) rather than being a new message
 * (help's "Start the decision" button starts something new; an answer is its own message).
 */
function continuesCard(input: TurnInput, reply: Reply): boolean {
  if (input.kind !== 'action' || input.action === 'command') return false;
  const workflowAction = workflowActionName(input.action);
  // An export or a typed action (export, start a checklist, compare) is a new message: the card it was asked from
  // stays; so does the recommendation a refine starts from.
  if (workflowAction === 'export' || workflowAction === 'run' || workflowAction === 'refine') return false;
  // Answer, resume and cancel move the card's own run on (a cancel turns the step card into "cancelled").
  if (workflowAction) return true;
  return Boolean(reply.step) || reply.kind === 'workflow';
}

/**
 * Runs a button or form through the core. A workflow belongs to the team, not to whoever clicked, so the new
 * card replaces the original message for everyone and also goes back in the invoke response. The card stays
 * as it was on an error (nothing was recorded, the user can try again); a validation message goes only to
 * the person who typed the bad value; anything that is not the card's continuation is posted as a new message.
 */
async function runAction(context: TurnContext, place: TeamsPlace, input: TurnInput, deps: TeamsDeps): Promise<AdaptiveCardInvokeBody> {
  const reply = await deps.app.bot.handle(turnFor(context.activity, place, input));
  // Nothing was recorded: keep the card so the user can try again, and say what happened.
  if (reply.kind === 'error' || reply.kind === 'not-understood') return messageBody(teamsPlainText(reply.doc));
  let activities: Partial<Activity>[];
  try {
    activities = await fileActivities(reply, place, deps);
  } catch (err) {
    deps.logger.warn({ err }, 'teams: could not deliver files');
    return messageBody(teamsErrorText(err));
  }
  if (!continuesCard(input, reply)) {
    for (const activity of activities) await context.sendActivity(activity);
    return messageBody('Posted below.');
  }
  const [first, ...rest] = activities;
  const card = first?.attachments?.find((a) => a.contentType === ADAPTIVE_CARD_CONTENT_TYPE)?.content as AdaptiveCard | undefined;
  if (!first || !card) return messageBody(teamsPlainText(reply.doc));
  const originalId = context.activity.replyToId;
  if (originalId && !reply.step?.error) {
    try {
      await context.updateActivity({ ...first, id: originalId });
    } catch (err) {
      // The clicker still sees the new card through the invoke response.
      deps.logger.warn({ err }, 'teams: could not refresh the card for everyone');
    }
  }
  for (const next of rest) await context.sendActivity(next);
  return cardBody(card);
}

/** `adaptiveCard/action`: feedback votes, reply choices and workflow step submissions. */
export async function handleCardAction(context: TurnContext, deps: TeamsDeps): Promise<void> {
  const place = placeOf(context.activity);
  const parsed = actionInvokeSchema.safeParse(context.activity.value);
  let body: AdaptiveCardInvokeBody;
  if (!place) body = errorBody(400, 'BadRequest', 'The conversation has no tenant.');
  else if (!parsed.success) body = errorBody(400, 'BadRequest', 'This is not an Action.Execute payload.');
  else {
    const { verb, data = {} } = parsed.data.action;
    if (verb === Verb.Feedback) body = await handleFeedback(context, place, data, deps);
    else {
      const input = inputForAction(verb, data);
      body = input ? await runAction(context, place, input, deps) : errorBody(400, 'BadRequest', `Unknown card action "${verb}".`);
    }
  }
  await sendInvokeResponse(context, body);
}
