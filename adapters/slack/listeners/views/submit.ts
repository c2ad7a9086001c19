import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { AppError, ErrorCode, userMessage } from '../../../../bot/errors.ts';
import type { Reply, Turn } from '../../../../bot/turn.ts';
import type { SlackDeps } from '../../deps.ts';
import { deliverInteractive } from '../../deliver-interactive.ts';
import { slackErrorCode } from '../../post.ts';
import { stepModal, workingModal, type ModalOrigin } from '../../render/step-modal.ts';
import { escapeMrkdwn, plainText } from '../../render/escape.ts';

export type SubmitArgs = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;

/** The step a modal was showing, to recognise "same step again, with an error" in the core's answer. */
export interface SubmittedStep {
  runId: string;
  stepId: string;
}

/**
 * Sends a modal submission to the core and answers Slack within its 3 s window:
 * a validation error on the same step -> `response_action: errors` under the field (block_id `field`);
 * a next step -> `response_action: update` with its modal; done -> the modal closes and the result is posted to
 * the conversation the workflow belongs to. If the core is slower than the budget, the modal first shows
 * "Working…" and is then replaced with views.update.
 */
export async function submitToCore(deps: SlackDeps, args: SubmitArgs, turn: Turn, origin: ModalOrigin, field: string | ((error: string) => string), step?: SubmittedStep): Promise<void> {
  const { ack, body, client } = args;
  const pending = deps.app.bot.handle(turn);
  let timer: NodeJS.Timeout | undefined;
  const budget = new Promise<undefined>((r) => {
    timer = setTimeout(() => r(undefined), deps.viewAckBudgetMs);
  });
  // A budget of 0 or less always shows "Working…" first (then views.update).
  const early = deps.viewAckBudgetMs > 0 ? await Promise.race([pending, budget]) : undefined;
  clearTimeout(timer);
  if (early) {
    const outcome = decide(early, origin, field, step);
    if (outcome.kind === 'errors') await ack({ response_action: 'errors', errors: outcome.errors });
    else if (outcome.kind === 'step') await ack({ response_action: 'update', view: outcome.view });
    else await ack({ response_action: 'clear' });
    if (outcome.kind === 'done') await post(deps, args, origin, early);
    return;
  }
  await ack({ response_action: 'update', view: workingModal(body.view.title.text) });
  const reply = await pending;
  const outcome = decide(reply, origin, field, step);
  try {
    if (outcome.kind === 'step') await client.views.update({ view_id: body.view.id, view: outcome.view });
    else if (outcome.kind === 'errors') {
      // Too late for response_action: errors; show the step again with its error, or the error alone.
      const view = reply.step ? stepModal(reply.step, origin) : { ...workingModal(body.view.title.text), blocks: [{ type: 'section' as const, text: { type: 'mrkdwn' as const, text: escapeMrkdwn(Object.values(outcome.errors).join('\n')) } }] };
      await client.views.update({ view_id: body.view.id, view });
    } else {
      await client.views.update({ view_id: body.view.id, view: { ...workingModal(body.view.title.text), blocks: [{ type: 'section', text: { type: 'mrkdwn', text: ':white_check_mark: Done. The result is in the conversation.' } }] } });
      await post(deps, args, origin, reply);
    }
  } catch (err) {
    deps.logger.error({ err, code: slackErrorCode(err) }, 'late modal update failed');
  }
}

type Outcome = { kind: 'errors'; errors: Record<string, string> } | { kind: 'step'; view: ReturnType<typeof stepModal> } | { kind: 'done' };

function decide(reply: Reply, origin: ModalOrigin, field: string | ((error: string) => string), step?: SubmittedStep): Outcome {
  // Slack shows these under the field as plain text: the core's untrusted spans (an echoed value) made inert.
  const at = (error: string) => ({ [typeof field === 'string' ? field : field(error)]: plainText(error).slice(0, 2000) });
  if (reply.step && step && reply.step.runId === step.runId && reply.step.stepId === step.stepId && reply.step.error) {
    return { kind: 'errors', errors: at(reply.step.error) };
  }
  if (reply.kind === 'error' && !reply.step) return { kind: 'errors', errors: at(reply.text) };
  if (reply.step) return { kind: 'step', view: stepModal(reply.step, origin) };
  return { kind: 'done' };
}

async function post(deps: SlackDeps, args: SubmitArgs, origin: ModalOrigin, reply: Reply): Promise<void> {
  try {
    await deliverInteractive({ deps, client: args.client, team: origin.team, channel: origin.channel, user: args.body.user.id, ...(origin.thread ? { thread: origin.thread } : {}) }, reply);
  } catch (err) {
    deps.logger.error({ err, code: slackErrorCode(err) }, 'workflow result not posted');
  }
}

/**
 * One input's submitted value, trimmed: a text input's `value` or a select's `selected_option.value`. Anything that
 * is not a string (Slack never sends one; a forged body might) reads as empty, so the listener's own validation
 * answers it under the field before ack instead of a throw leaving the modal spinning.
 */
export function inputValue(values: SubmitArgs['view']['state']['values'], block: string, action: string): string {
  const state = values?.[block]?.[action] as { value?: unknown; selected_option?: { value?: unknown } | null } | undefined;
  const raw = state?.selected_option?.value ?? state?.value;
  return typeof raw === 'string' ? raw.trim() : '';
}

/** Parses and checks a modal's private_metadata: it must exist and belong to the submitting workspace. */
export function originOf<T extends ModalOrigin>(args: SubmitArgs): T {
  let meta: T;
  try {
    meta = JSON.parse(args.body.view.private_metadata || '{}') as T;
  } catch {
    throw new AppError(ErrorCode.InvalidInput, 'this form is out of date; run the command again');
  }
  if (typeof meta.channel !== 'string' || typeof meta.team !== 'string') throw new AppError(ErrorCode.InvalidInput, 'this form is out of date; run the command again');
  const team = args.context.teamId ?? args.body.team?.id;
  if (meta.team !== team) throw new AppError(ErrorCode.Forbidden);
  return meta;
}

/**
 * The modal's origin, or undefined once the submission has been acked with one error under `field` (a form that is
 * out of date, or one from another workspace).
 */
export async function originOrReject<T extends ModalOrigin>(args: SubmitArgs, field: string): Promise<T | undefined> {
  try {
    return originOf<T>(args);
  } catch (err) {
    await args.ack({ response_action: 'errors', errors: { [field]: userMessage(err) } });
    return undefined;
  }
}
