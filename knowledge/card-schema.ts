import { z } from 'zod';

/** ISO calendar date, e.g. 2026-11-24. */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

export const sourceSchema = z.object({
  /**
   * Short key that body and summary sentences cite with a `[^key]` marker, so each claim links to the page that
   * states it. Unique within the card.
   */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'source ids are kebab-case').optional(),
  title: z.string().min(3),
  url: z.string().url(),
  /** When the source said it (publication or retrieval date), YYYY-MM-DD or YYYY-MM or YYYY. */
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD'),
});

/**
 * Cards that are one of the twelve vendor questions carry this block; the checklist workflow reads the
 * questions from the knowledge base so there is one source of truth for their wording and guidance.
 */
export const checklistSchema = z.object({
  /** Stable question id used in checklist answers and exports, e.g. "data-use". Never rename. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  order: z.number().int().min(1).max(12),
  question: z.string().min(10),
});

/** What kind of thing a catalogue entry names; decides how a question naming something uncovered is answered. */
export const ENTITY_KINDS = ['model', 'family', 'vendor', 'law', 'standard', 'gpu', 'organisation', 'licence', 'product', 'concept'] as const;

/**
 * One entry of the knowledge base's catalogue of the things it covers: a named model (with its version), a model
 * family, a vendor, a law or article, a standard, a GPU, a concept with an abbreviation. `aliases` are the other
 * ways people write it ("DPF", "llama4", "sccs"). The answerer knows what is covered from these entries, and says
 * plainly when a question names something that is not.
 */
export const entitySchema = z.object({
  name: z.string().min(1),
  kind: z.enum(ENTITY_KINDS),
  aliases: z.array(z.string().min(1)).default([]),
});
export type CardEntity = z.infer<typeof entitySchema>;

/** A worked case (what one firm did, with its own figures) is tagged this, and its id starts "case-" (kb lint checks both). */
export const WORKED_CASE_TAG = 'case-study';
export const WORKED_CASE_ID = /^case-/;

/** A verdict that opens with a yes or a no ("Yes, on conditions:", "Usually not:", "Not on its own:"). */
export const YES_NO_CALL = /^(?:yes|no|usually (?:not|yes)|often (?:not|yes)|mostly (?:not|yes)|not (?:on its own|yet|always|quite|under|for))\b/i;

export const cardFrontMatterSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'ids are kebab-case'),
  title: z.string().min(3),
  /** A direct 2-3 sentence answer in our own words. */
  summary: z.string().min(20),
  tags: z.array(z.string()).min(1),
  sources: z.array(sourceSchema).min(1, 'every card cites at least one source'),
  as_of: isoDate,
  review_by: isoDate,
  related: z.array(z.string()).default([]),
  checklist: checklistSchema.optional(),
  /** The named things this card covers (see entitySchema). */
  entities: z.array(entitySchema).default([]),
  /**
   * Direct verdicts for the yes/no and should-we questions this card settles: the question in a plain form and a
   * one-line verdict that opens with the answer ("Yes, on conditions: ...", "No: ...", "Usually not: ..."), with a
   * `[^source]` marker. The answerer leads with the verdict when a question matches, then the supporting facts.
   * A `choice` verdict settles a question between two options ("…through the vendor's API or on open weights
   * ourselves?"): it opens with the option chosen ("Tune an open-weight model yourselves, usually: …"), never a yes
   * or no, and only it can lead the answer to a question asked as a choice. `also` gives other plain ways the same
   * question is asked (a choice's two options have many names: "closed-API fine-tuning or open weights?").
   */
  verdicts: z
    .array(
      z
        .object({ question: z.string().min(8), also: z.array(z.string().min(8)).optional(), verdict: z.string().min(8), choice: z.boolean().optional() })
        .refine((v) => !v.choice || [v.question, ...(v.also ?? [])].every((q) => /\bor\b/i.test(q)), 'a choice verdict is asked as a choice: every way of asking it names two options ("… or …")')
        .refine((v) => !v.choice || !YES_NO_CALL.test(v.verdict), 'a choice verdict opens with the option chosen, not a yes or no'),
    )
    .default([]),
  /** How people ask what this card answers, in their words; searched with the summary. */
  questions: z.array(z.string().min(5)).default([]),
});

export type CardFrontMatter = z.infer<typeof cardFrontMatterSchema>;
export type CardSource = z.infer<typeof sourceSchema>;
