import { z } from 'zod';
import { LIMITS } from './render/limits.ts';

/**
 * What Slack posts to /slack/events, as zod schemas (STYLE.md rule 6: parse at the edge, trust inside). Bolt reads
 * these bodies without checking them (`event.user = null` or `actions: {}` throw inside it), and our listeners read
 * the fields below, so a signed body is checked here before Bolt sees it. Only the fields Bolt or a listener reads
 * are constrained; everything else Slack adds passes through untouched (loose objects), so a new Slack field never
 * turns real traffic away.
 */

const id = z.string().min(1).max(255);
const text = z.string().max(1_000_000);
const obj = z.looseObject({});
const team = z.looseObject({ id, enterprise_id: z.string().nullish() }).nullish();
const enterprise = z.looseObject({ id }).nullish();
const user = z.looseObject({ id, team_id: z.string().optional() });
/**
 * A message timestamp as Slack writes it ("1700000000.123456"). The bot sends it back (thread_ts, the loading
 * status, reactions), so anything else, such as a lone UTF-16 surrogate the Web API client cannot even encode,
 * is refused here rather than failing the reply.
 */
const messageTs = z.string().max(64).regex(/^\d{1,16}\.\d{1,16}$/);

/** An Events API event: the fields Bolt's routing reads (user, channel, item, subteam) and the ones listeners use. */
const event = z.looseObject({
  type: id,
  subtype: z.string().optional(),
  user: z.union([id, z.looseObject({ id })]).optional(),
  bot_id: z.string().nullish(),
  text: text.optional(),
  ts: messageTs.optional(),
  thread_ts: messageTs.optional(),
  channel: z.union([id, z.looseObject({ id: id.optional(), creator: z.string().optional() })]).optional(),
  channel_id: id.optional(),
  channel_type: z.string().optional(),
  item: obj.optional(),
  subteam: obj.optional(),
});

/** The events a listener answers always say where (channel id) and which message (ts). */
const ANSWERED_EVENTS = new Set(['app_mention', 'message']);

export const eventCallbackSchema = z.looseObject({
  type: z.literal('event_callback'),
  team_id: id,
  event_id: id,
  enterprise_id: z.string().nullish(),
  authorizations: z.array(z.looseObject({ team_id: z.string().nullish(), enterprise_id: z.string().nullish(), is_enterprise_install: z.boolean().optional() })).optional(),
  is_enterprise_install: z.boolean().optional(),
  event: event.superRefine((e, ctx) => {
    if (!ANSWERED_EVENTS.has(e.type)) return;
    if (typeof e.channel !== 'string') ctx.addIssue({ code: 'custom', path: ['channel'], message: 'channel id expected' });
    if (typeof e.ts !== 'string') ctx.addIssue({ code: 'custom', path: ['ts'], message: 'ts expected' });
  }),
});

/** A slash command: a form, so every field is a string; these are the ones always present. */
export const commandSchema = z.looseObject({
  command: z.string().min(2).max(100),
  text: text.default(''),
  team_id: id,
  channel_id: id,
  user_id: id,
  trigger_id: id,
  response_url: z.string().url().optional(),
  channel_name: z.string().optional(),
});

const action = z.looseObject({
  action_id: id,
  type: z.string(),
  block_id: z.string().optional(),
  value: z.string().max(LIMITS.actionValue).optional(),
  text: z.looseObject({ text: z.string() }).optional(),
});

const message = z.looseObject({
  ts: z.string().max(64),
  thread_ts: z.string().max(64).optional(),
  text: z.string().optional(),
  blocks: z.array(z.looseObject({ type: z.string(), block_id: z.string().optional() })).optional(),
});

export const blockActionsSchema = z.looseObject({
  type: z.literal('block_actions'),
  user,
  team,
  enterprise,
  is_enterprise_install: z.boolean().optional(),
  trigger_id: id,
  response_url: z.string().url().optional(),
  actions: z.array(action).min(1),
  container: z.looseObject({ type: z.string(), channel_id: z.string().optional(), message_ts: z.string().optional(), is_ephemeral: z.boolean().optional() }),
  channel: z.looseObject({ id }).optional(),
  message: message.optional(),
});

/** One input's state in a submitted modal: text inputs carry `value`, selects and radios `selected_option`. */
const inputState = z.looseObject({
  type: z.string(),
  value: z.string().max(LIMITS.plainTextInput).nullish(),
  selected_option: z.looseObject({ value: z.string().max(LIMITS.optionValue) }).nullish(),
});

export const viewSubmissionSchema = z.looseObject({
  type: z.literal('view_submission'),
  user,
  team,
  enterprise,
  is_enterprise_install: z.boolean().optional(),
  trigger_id: id.optional(),
  view: z.looseObject({
    id,
    callback_id: z.string().max(255),
    hash: z.string().optional(),
    private_metadata: z.string().max(LIMITS.privateMetadata).optional(),
    app_installed_team_id: z.string().optional(),
    title: z.looseObject({ text: z.string() }),
    state: z.looseObject({ values: z.record(z.string(), z.record(z.string(), inputState)) }),
  }),
  response_urls: z.array(z.looseObject({ response_url: z.string().url() })).optional(),
});

export const urlVerificationSchema = z.looseObject({ type: z.literal('url_verification'), challenge: z.string().max(1_000) });

/** A checked body, by the kind Bolt would route it as. `other` is a well-formed Slack body no listener serves. */
export type Envelope =
  | { kind: 'url_verification' }
  | { kind: 'event'; body: z.infer<typeof eventCallbackSchema> }
  | { kind: 'command'; body: z.infer<typeof commandSchema> }
  | { kind: 'block_actions'; body: z.infer<typeof blockActionsSchema> }
  | { kind: 'view_submission'; body: z.infer<typeof viewSubmissionSchema> }
  | { kind: 'other'; type: string };

/**
 * Classifies a parsed body in the order Bolt routes it (helpers.getTypeAndConversation), so the kind checked here is
 * the kind Bolt will treat it as, and checks the shape of the kinds we serve. Kinds no listener serves (options,
 * shortcuts, legacy attachments, dialogs, view_closed) come back as `other`, to be acknowledged without Bolt.
 * @returns the envelope, or a short reason (field paths and issue codes, never the body's text) when malformed.
 */
export function parseEnvelope(body: Record<string, unknown>): Envelope | { error: string } {
  const as = <K extends 'event' | 'command' | 'block_actions' | 'view_submission'>(kind: K, schema: z.ZodType): Envelope | { error: string } => {
    const r = schema.safeParse(body);
    if (r.success) return { kind, body: r.data } as Envelope;
    return { error: `malformed ${kind}: ${r.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(body)'} ${i.code}`).join(', ')}` };
  };
  const type = typeof body.type === 'string' ? body.type : undefined;
  if (type === 'url_verification') return urlVerificationSchema.safeParse(body).success ? { kind: 'url_verification' } : { error: 'malformed url_verification' };
  if (body.event !== undefined) return as('event', eventCallbackSchema);
  if (body.command !== undefined) return as('command', commandSchema);
  if (body.name !== undefined || type === 'block_suggestion') return { kind: 'other', type: type ?? 'options' };
  if (body.actions !== undefined || type === 'dialog_submission') {
    if (type === 'block_actions') return as('block_actions', blockActionsSchema);
    return type === 'interactive_message' || type === 'dialog_submission' ? { kind: 'other', type } : { error: 'malformed actions: unknown type' };
  }
  if (type === 'view_submission') return as('view_submission', viewSubmissionSchema);
  if (type !== undefined && OTHER_TYPES.has(type)) return { kind: 'other', type };
  return { error: 'not a Slack event, command or interaction' };
}

/** Well-formed Slack bodies without actions, event or command that no listener serves. */
const OTHER_TYPES = new Set(['view_closed', 'shortcut', 'message_action', 'dialog_cancellation', 'app_rate_limited']);
