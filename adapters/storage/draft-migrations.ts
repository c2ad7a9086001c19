import type { Migration } from './migrations.ts';

/**
 * Migration 4 (issue 14): questionnaire drafts. Proposals from a vendor's documents wait in `checklist_drafts`, one
 * row per question, apart from the answers, so nothing in a draft counts as answered; an answer that began as a
 * proposal keeps its verbatim quotes and the reviewer trail (what was proposed, from which files, sent by whom).
 */
export const QUESTIONNAIRE_DRAFTS: Migration = {
  version: 4,
  name: 'questionnaire drafts, and evidence quotes and the review trail on answers',
  // Quotes and the trail are JSON text: one column type on SQLite and PostgreSQL, read and written whole.
  statements: () => [
    `CREATE TABLE checklist_drafts (
      platform TEXT NOT NULL, tenant TEXT NOT NULL, channel TEXT NOT NULL, vendor_key TEXT NOT NULL, question_id TEXT NOT NULL,
      status TEXT NOT NULL, reason TEXT NOT NULL, quotes_json TEXT NOT NULL, judged_by TEXT NOT NULL,
      documents_json TEXT NOT NULL, thread TEXT, shared_by_id TEXT NOT NULL, shared_by_name TEXT, proposed_at TEXT NOT NULL,
      PRIMARY KEY (platform, tenant, channel, vendor_key, question_id))`,
    'ALTER TABLE checklist_answers ADD COLUMN quotes_json TEXT',
    'ALTER TABLE checklist_answers ADD COLUMN review_json TEXT',
  ],
};
