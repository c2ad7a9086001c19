import type { Activity } from 'botbuilder';
import { z } from 'zod';

/**
 * The Bot Framework activity as the CloudAdapter and our handlers read it (STYLE.md rule 6: parse at the edge).
 * botbuilder itself only checks that the body is an object with a string `type`; a `{}` or an activity whose
 * `conversation` is a string threw inside it. Only fields something reads are constrained; the rest of what Teams
 * sends passes through untouched (loose objects).
 */
const account = z.looseObject({
  id: z.string().min(1).max(1_024),
  name: z.string().max(1_024).optional(),
  aadObjectId: z.string().max(255).optional(),
});

const httpUrl = z
  .string()
  .max(2_048)
  .url()
  .refine((u) => /^https?:\/\//i.test(u), 'must be an http(s) URL');

export const activitySchema = z.looseObject({
  type: z.string().min(1).max(64),
  id: z.string().max(1_024).optional(),
  channelId: z.string().min(1).max(64),
  serviceUrl: httpUrl,
  from: account,
  recipient: account,
  conversation: z.looseObject({
    id: z.string().min(1).max(1_024),
    tenantId: z.string().max(255).optional(),
    conversationType: z.string().max(64).optional(),
    isGroup: z.boolean().optional(),
  }),
  text: z.string().optional(),
  textFormat: z.string().optional(),
  name: z.string().max(255).optional(),
  replyToId: z.string().max(1_024).optional(),
  timestamp: z.string().max(64).optional(),
  localTimestamp: z.string().max(64).optional(),
  expiration: z.string().max(64).optional(),
  deliveryMode: z.string().max(64).optional(),
  entities: z.array(z.looseObject({ type: z.string(), text: z.string().optional(), mentioned: account.partial().optional() })).max(1_000).optional(),
  channelData: z.looseObject({ tenant: z.looseObject({ id: z.string().max(255).optional() }).optional() }).optional(),
  membersAdded: z.array(account).max(1_000).optional(),
  value: z.unknown().optional(),
});

/**
 * The activity in a body, or a short reason (field paths and issue codes, never the body's text).
 */
export function parseActivity(body: Record<string, unknown>): { activity: Activity } | { error: string } {
  const r = activitySchema.safeParse(body);
  if (r.success) return { activity: r.data as unknown as Activity };
  return { error: `not a Bot Framework activity: ${r.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(body)'} ${i.code}`).join(', ')}` };
}
