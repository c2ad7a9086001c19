import type { Migration } from './migrations.ts';

/**
 * Migration 2: a vendor checklist belongs to the conversation where it was started (issue 10, item 7).
 *
 * Version 1 keyed checklists by platform + tenant + vendor, so every channel and DM of a workspace shared them.
 * This adds `channel` to the key of checklists and their answers. Existing rows go to the conversation that
 * started them, which the data records: the channel of the vendor's earliest checklist run in that workspace
 * (every checklist the bot creates starts a run in the same turn). Answers given later from other channels stay
 * with that one checklist; they are not copied, so notes from a private channel spread nowhere new. A checklist
 * with no run at all (never made by the bot, only by direct store calls) has no recorded origin: it is kept under
 * channel '' which no conversation can name (the store refuses an empty channel), so it is visible nowhere
 * rather than everywhere; starting that vendor anywhere begins a fresh checklist.
 *
 * SQLite cannot change a primary key in place, so both dialects build new tables, copy, drop and rename.
 */
const ORIGIN = `COALESCE((SELECT r.channel FROM runs r
  WHERE r.platform = c.platform AND r.tenant = c.tenant AND r.kind = 'checklist' AND r.subject_key = c.vendor_key
  ORDER BY r.created_at, r.id LIMIT 1), '')`;

export const CHECKLISTS_BY_CONVERSATION: Migration = {
  version: 2,
  name: 'vendor checklists belong to the conversation where they were started',
  statements: () => [
    `CREATE TABLE checklists_by_conversation (
      platform TEXT NOT NULL, tenant TEXT NOT NULL, channel TEXT NOT NULL, vendor_key TEXT NOT NULL, vendor TEXT NOT NULL,
      created_by_id TEXT NOT NULL, created_by_name TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
      PRIMARY KEY (platform, tenant, channel, vendor_key))`,
    `INSERT INTO checklists_by_conversation (platform, tenant, channel, vendor_key, vendor, created_by_id, created_by_name, created_at, updated_at)
      SELECT c.platform, c.tenant, ${ORIGIN}, c.vendor_key, c.vendor, c.created_by_id, c.created_by_name, c.created_at, c.updated_at
      FROM checklists c`,
    `CREATE TABLE checklist_answers_by_conversation (
      platform TEXT NOT NULL, tenant TEXT NOT NULL, channel TEXT NOT NULL, vendor_key TEXT NOT NULL, question_id TEXT NOT NULL,
      status TEXT NOT NULL, notes TEXT, evidence TEXT,
      answered_by_id TEXT NOT NULL, answered_by_name TEXT, answered_at TEXT NOT NULL,
      PRIMARY KEY (platform, tenant, channel, vendor_key, question_id))`,
    // Version 1 was keyed without a channel, so each answer has exactly one checklist to follow (or none: '').
    `INSERT INTO checklist_answers_by_conversation (platform, tenant, channel, vendor_key, question_id, status, notes, evidence,
        answered_by_id, answered_by_name, answered_at)
      SELECT a.platform, a.tenant, COALESCE(n.channel, ''), a.vendor_key, a.question_id, a.status, a.notes, a.evidence,
        a.answered_by_id, a.answered_by_name, a.answered_at
      FROM checklist_answers a LEFT JOIN checklists_by_conversation n
        ON n.platform = a.platform AND n.tenant = a.tenant AND n.vendor_key = a.vendor_key`,
    'DROP TABLE checklist_answers',
    'DROP TABLE checklists',
    'ALTER TABLE checklists_by_conversation RENAME TO checklists',
    'ALTER TABLE checklist_answers_by_conversation RENAME TO checklist_answers',
  ],
};
