import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { InstallationKey, Scope, Store } from '../../../workflows/store.ts';
import { WORKSPACE_TABLES } from '../../../adapters/storage/sql-workspace-data.ts';

const team = (teamId: string, enterpriseId?: string): InstallationKey => ({ platform: 'slack', teamId, isEnterpriseInstall: false, ...(enterpriseId ? { enterpriseId } : {}) });
const org = (enterpriseId: string, teamId?: string): InstallationKey => ({ platform: 'slack', enterpriseId, isEnterpriseInstall: true, ...(teamId ? { teamId } : {}) });
const record = (token: string, extra: Record<string, unknown> = {}) => ({ bot: { token, userId: 'U0BOT', id: 'B0BOT', scopes: ['chat:write'] }, authVersion: 'v2', ...extra });

/**
 * Part of the Store contract (issue 15, Slack OAuth distribution): installations kept per workspace or per
 * organisation, replaced on reinstall or token rotation, and an uninstall that removes a workspace's data and only
 * that workspace's. Called inside storeContract, so SQLite and PostgreSQL both meet it.
 */
export function installationContract(storeOf: () => Store): void {
  describe('installations', () => {
    it('keeps one installation per workspace, found by team whether or not the query names the enterprise', async () => {
      const store = storeOf();
      await store.saveInstallation(team('T-inst-1'), record('xoxb-FAKE-1'));
      await store.saveInstallation(team('T-inst-2', 'E-inst'), record('xoxb-FAKE-2'));
      expect(await store.findInstallation(team('T-inst-1'))).toEqual(record('xoxb-FAKE-1'));
      expect(await store.findInstallation(team('T-inst-2'))).toEqual(record('xoxb-FAKE-2'));
      expect(await store.findInstallation(team('T-inst-2', 'E-inst'))).toEqual(record('xoxb-FAKE-2'));
      expect(await store.findInstallation(team('T-inst-none'))).toBeUndefined();
      // Another platform with the same team id is another installation.
      expect(await store.findInstallation({ ...team('T-inst-1'), platform: 'teams' })).toBeUndefined();
    });

    it('replaces an installation on reinstall or token rotation, never duplicating it', async () => {
      const store = storeOf();
      await store.saveInstallation(team('T-rot'), record('xoxe.xoxb-FAKE-old', { bot: { token: 'xoxe.xoxb-FAKE-old', refreshToken: 'xoxe-FAKE-old', expiresAt: 1_000 } }));
      await store.saveInstallation(team('T-rot'), record('xoxe.xoxb-FAKE-new', { bot: { token: 'xoxe.xoxb-FAKE-new', refreshToken: 'xoxe-FAKE-new', expiresAt: 2_000 } }));
      expect(await store.findInstallation(team('T-rot'))).toMatchObject({ bot: { token: 'xoxe.xoxb-FAKE-new', refreshToken: 'xoxe-FAKE-new', expiresAt: 2_000 } });
      expect(await store.deleteInstallation(team('T-rot'))).toEqual({ deleted: true, workspaces: ['T-rot'] });
      expect(await store.findInstallation(team('T-rot'))).toBeUndefined();
      expect(await store.deleteInstallation(team('T-rot'))).toEqual({ deleted: false, workspaces: ['T-rot'] });
    });

    it('keeps an organisation-wide install apart from its workspaces\' own installs', async () => {
      const store = storeOf();
      await store.saveInstallation(org('E-org'), record('xoxb-FAKE-org', { isEnterpriseInstall: true }));
      await store.saveInstallation(team('T-in-org', 'E-org'), record('xoxb-FAKE-workspace'));
      // Any workspace of the organisation asks with the enterprise and its own team id.
      expect(await store.findInstallation(org('E-org', 'T-any'))).toMatchObject({ bot: { token: 'xoxb-FAKE-org' } });
      expect(await store.findInstallation(team('T-in-org', 'E-org'))).toMatchObject({ bot: { token: 'xoxb-FAKE-workspace' } });
      expect(await store.findInstallation(org('E-other'))).toBeUndefined();
      // The workspaces it served are noted (twice is once), so an org-wide uninstall can reach each one's data.
      for (const t of ['T-org-b', 'T-org-a', 'T-org-b']) await store.noteInstallationWorkspace(org('E-org', t), t);
      await store.noteInstallationWorkspace(org('E-other', 'T-elsewhere'), 'T-elsewhere');
      expect(await store.deleteInstallation(org('E-org'))).toEqual({ deleted: true, workspaces: ['T-org-a', 'T-org-b'] });
      expect(await store.deleteInstallation(org('E-org'))).toEqual({ deleted: false, workspaces: [] });
      expect(await store.findInstallation(org('E-org', 'T-any'))).toBeUndefined();
      expect(await store.findInstallation(team('T-in-org', 'E-org'))).toMatchObject({ bot: { token: 'xoxb-FAKE-workspace' } });
      await expect(store.findInstallation({ platform: 'slack', isEnterpriseInstall: true })).rejects.toBeDefined();
    });

    it('deletes a workspace\'s data from every workspace table, and nothing of another workspace', async () => {
      const store = storeOf();
      const gone: Scope = { platform: 'slack', tenant: 'T-purge-gone' };
      const kept: Scope = { platform: 'slack', tenant: 'T-purge-kept' };
      const soon = new Date(Date.now() + 3_600_000).toISOString();
      for (const scope of [gone, kept]) {
        const where = { ...scope, channel: 'C1' };
        const run = await store.createRun(scope, { kind: 'checklist', subject: 'Acme', channel: 'C1', currentStep: 'exit', startedBy: { id: 'U1' } });
        await store.recordStep(where, { runId: run.id, answer: { stepId: 'exit', value: { status: 'concern' }, author: { id: 'U1' }, answeredAt: new Date().toISOString() }, next: { currentStep: null }, checklist: { vendor: 'Acme', answer: { questionId: 'exit', status: 'concern', answeredBy: { id: 'U1' }, answeredAt: new Date().toISOString() } } });
        await store.recordVote(scope, { answerId: 'C1:1', user: 'U1', vote: 'up', at: new Date().toISOString() });
        await store.logUnanswered(scope, { question: 'what is the weather?', at: new Date().toISOString() });
        await store.claimEvent(scope.platform, scope.tenant, 'Ev1');
        await store.countQuestion(scope, 'U1', { perUserPerMinute: 5, perWorkspacePerDay: 5 });
        await store.putExport(scope, { id: 'f1', name: 'a.md', mimeType: 'text/markdown', data: new Uint8Array([1]), expiresAt: soon });
        await store.enqueueJob({ id: randomUUID(), kind: 'slack.question', key: `purge:${scope.tenant}:${randomUUID()}`, data: { text: 'queued question' }, scope });
        await store.saveDraft(where, { vendor: 'Draft Co', documents: ['dpa.pdf'], sharedBy: { id: 'U1' }, proposedAt: new Date().toISOString(), answers: [{ questionId: 'exit', status: 'concern', reason: 'Partial.', quotes: [], judgedBy: 'rules' }] });
      }
      const jobsOf = async () => (await store.listJobs({ limit: 1000 })).map((j) => j.id);
      const jobsBefore = await jobsOf();
      const deleted = await store.deleteWorkspaceData(gone);
      expect(Object.keys(deleted).sort()).toEqual([...WORKSPACE_TABLES].sort());
      for (const table of WORKSPACE_TABLES) expect(deleted[table], table).toBeGreaterThan(0);
      expect(await store.listRuns(gone)).toEqual([]);
      expect(await store.getChecklist({ ...gone, channel: 'C1' }, 'Acme')).toBeUndefined();
      expect(await store.listVotes(gone)).toEqual([]);
      expect(await store.listUnanswered(gone)).toEqual([]);
      expect(await store.getExport(gone, 'f1')).toBeUndefined();
      // Its queued job went (what the user typed), the other workspace's stayed.
      expect(jobsBefore.length - (await jobsOf()).length).toBe(1);
      expect(await store.listDrafts({ ...gone, channel: 'C1' })).toEqual([]);
      // A second uninstall finds nothing left.
      expect(Object.values(await store.deleteWorkspaceData(gone)).every((n) => n === 0)).toBe(true);
      // The event claim went too (a new install starts with no memory of the old one's events).
      expect(await store.claimEvent(gone.platform, gone.tenant, 'Ev1')).toBe(true);
      // The other workspace keeps everything.
      expect(await store.listRuns(kept)).toHaveLength(1);
      expect((await store.getChecklist({ ...kept, channel: 'C1' }, 'Acme'))?.answers).toHaveLength(1);
      expect(await store.listVotes(kept)).toHaveLength(1);
      expect(await store.listUnanswered(kept)).toHaveLength(1);
      expect(await store.getExport(kept, 'f1')).toBeDefined();
      expect(await store.listDrafts({ ...kept, channel: 'C1' })).toHaveLength(1);
      expect(await store.claimEvent(kept.platform, kept.tenant, 'Ev1')).toBe(false);
    });
  });
}
