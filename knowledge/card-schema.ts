import { z } from 'zod';

/** ISO calendar date, e.g. 2026-11-24. */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

export const sourceSchema = z.object({
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
});

export type CardFrontMatter = z.infer<typeof cardFrontMatterSchema>;
export type CardSource = z.infer<typeof sourceSchema>;
