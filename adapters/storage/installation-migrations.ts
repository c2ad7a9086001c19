import type { Migration } from './migrations.ts';

/**
 * Migration 7 (issue 15, Slack OAuth distribution): one row per installation. A workspace install is keyed by its
 * team (and its enterprise, '' when none); an organisation-wide install by its enterprise with team_id ''. The
 * platform's own record, tokens and their expiry included, is kept as JSON text (one column type on both databases).
 * `installation_workspaces` remembers which workspaces an organisation-wide install has served, so uninstalling it
 * from the organisation can delete each one's data.
 */
export const INSTALLATIONS: Migration = {
  version: 7,
  name: 'app installations (OAuth distribution: one deployment, many workspaces)',
  statements: () => [
    `CREATE TABLE installations (
      platform TEXT NOT NULL, enterprise_id TEXT NOT NULL, team_id TEXT NOT NULL,
      is_enterprise_install INTEGER NOT NULL, data_json TEXT NOT NULL,
      installed_at TEXT NOT NULL, updated_at TEXT NOT NULL,
      PRIMARY KEY (platform, enterprise_id, team_id))`,
    'CREATE INDEX installations_by_team ON installations (platform, team_id)',
    `CREATE TABLE installation_workspaces (
      platform TEXT NOT NULL, enterprise_id TEXT NOT NULL, team_id TEXT NOT NULL, first_seen_at TEXT NOT NULL,
      PRIMARY KEY (platform, enterprise_id, team_id))`,
  ],
};
