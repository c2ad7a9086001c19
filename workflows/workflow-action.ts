import { z } from 'zod';
import { EXPORT_FORMATS } from './export-formats.ts';
import { QUESTIONNAIRE_FORMATS } from './questionnaire/send/rows.ts';
import { jsonValue } from './json-value.ts';

/**
 * The one typed action every way of starting or exporting a workflow becomes: a typed command
 * (`/ai-procurement checklist "Acme AI" exit`, parsed once by bot/command-grammar.ts), a button (its value is
 * this object, as JSON in a Slack button value and as an object in Teams card data) or a modal submission.
 * Nothing downstream splits a string again: a vendor name with spaces, or one that is also a question id
 * ("Great Exit", "Data Use Ltd"), stays whole.
 *
 * | workflow      | action    | fields                                  | what it does                                   |
 * | ------------- | --------- | --------------------------------------- | ---------------------------------------------- |
 * | decision      | start     |                                         | continue this conversation's decision or start |
 * | decision      | restart   |                                         | start over (`decide new`)                      |
 * | decision      | export    | format, runId?                          | the decision record (newest finished, or runId) |
 * | checklist     | list      |                                         | the vendors in this conversation               |
 * | checklist     | start     | vendor, questionId?                     | start or continue a vendor's checklist         |
 * | checklist     | export    | format, vendor or runId                 | a vendor's checklist as a document             |
 * | checklist     | review    | vendor                                  | the vendor's draft proposals, red flags first  |
 * | checklist     | accept    | vendor                                  | accept every proposal of the vendor's draft    |
 * | comparison    | show      |                                         | vendors side by side                           |
 * | comparison    | export    | format                                  | the comparison as a document                   |
 * | questionnaire | export    | vendor, format (xlsx or docx)           | the questions to send a vendor                 |
 * | status        | show      |                                         | what is in progress here                       |
 */
export const WORKFLOW_NAMES = ['decision', 'checklist', 'comparison', 'questionnaire', 'status'] as const;
export const ACTION_NAMES = ['start', 'restart', 'list', 'show', 'export', 'review', 'accept'] as const;

/** Which actions each workflow has (the table above). */
const ALLOWED: Record<(typeof WORKFLOW_NAMES)[number], readonly (typeof ACTION_NAMES)[number][]> = {
  decision: ['start', 'restart', 'export'],
  checklist: ['list', 'start', 'export', 'review', 'accept'],
  comparison: ['show', 'export'],
  questionnaire: ['export'],
  status: ['show'],
};

/** A vendor name as typed: at most 100 characters, with at least one letter or digit. */
export const VENDOR_MAX_CHARS = 100;
const vendor = z.string().trim().min(1).max(VENDOR_MAX_CHARS, `a vendor name is at most ${VENDOR_MAX_CHARS} characters`);

export const workflowActionSchema = z
  .object({
    workflow: z.enum(WORKFLOW_NAMES),
    action: z.enum(ACTION_NAMES),
    runId: z.string().min(1).max(200).optional(),
    vendor: vendor.optional(),
    questionId: z.string().min(1).max(100).optional(),
    format: z.enum([...EXPORT_FORMATS, ...QUESTIONNAIRE_FORMATS]).optional(),
  })
  .strict()
  .superRefine((a, ctx) => {
    if (!ALLOWED[a.workflow].includes(a.action)) ctx.addIssue({ code: 'custom', message: `${a.workflow} has no action "${a.action}"` });
    const needsVendor = (a.workflow === 'checklist' && ['start', 'review', 'accept'].includes(a.action)) || a.workflow === 'questionnaire' || (a.workflow === 'checklist' && a.action === 'export' && !a.runId);
    if (needsVendor && !a.vendor) ctx.addIssue({ code: 'custom', message: 'say which vendor' });
    if (a.action === 'export' && !a.format) ctx.addIssue({ code: 'custom', message: 'say which format' });
  });

export type WorkflowAction = z.infer<typeof workflowActionSchema>;

/**
 * A button's value as a typed action: an object (Teams card data, the console) or its JSON text (a Slack button
 * value is a string). Undefined when it is neither, so the caller can say so politely.
 */
export function parseWorkflowAction(value: unknown): WorkflowAction | undefined {
  const parsed = workflowActionSchema.safeParse(jsonValue(value));
  return parsed.success ? parsed.data : undefined;
}
