import type { Store } from '../../workflows/store.ts';
import type { SqlDb } from './sql-db.ts';
import * as runs from './sql-runs.ts';
import * as checklists from './sql-checklists.ts';
import * as drafts from './sql-drafts.ts';
import * as feedback from './sql-feedback.ts';
import * as unanswered from './sql-unanswered.ts';
import * as questions from './sql-question-counts.ts';
import * as exports from './sql-exports.ts';
import * as jobs from './sql-jobs.ts';
import * as installations from './sql-installations.ts';
import { deleteWorkspaceData } from './sql-workspace-data.ts';

/** The Store over any SqlDb: the same code, and so the same contract, for SQLite and PostgreSQL. */
export function createSqlStore(db: SqlDb, log: unanswered.UnansweredLogOptions): Store {
  let closed: Promise<void> | undefined;
  return {
    kind: db.dialect,
    createRun: (scope, run) => runs.createRun(db, scope, run),
    getRun: (scope, id) => runs.getRun(db, scope, id),
    listRuns: (scope, filter) => runs.listRuns(db, scope, filter),
    waitingRun: (where, thread) => runs.waitingRun(db, where, thread),
    recordStep: (scope, record) => runs.recordStep(db, scope, record),
    updateRun: (scope, id, progress) => runs.updateRun(db, scope, id, progress),
    ensureChecklist: (scope, vendor, by) => checklists.ensureChecklist(db, scope, vendor, by),
    getChecklist: (scope, vendor) => checklists.getChecklist(db, scope, vendor),
    listChecklists: (scope) => checklists.listChecklists(db, scope),
    recordChecklistAnswer: (scope, vendor, answer) => checklists.recordChecklistAnswer(db, scope, vendor, answer),
    saveDraft: (where, draft) => drafts.saveDraft(db, where, draft),
    getDraft: (where, vendor) => drafts.getDraft(db, where, vendor),
    listDrafts: (where) => drafts.listDrafts(db, where),
    acceptDraftAnswers: (where, vendor, answers) => drafts.acceptDraftAnswers(db, where, vendor, answers),
    recordVote: (scope, vote) => feedback.recordVote(db, scope, vote),
    listVotes: (scope, answerId) => feedback.listVotes(db, scope, answerId),
    logUnanswered: (scope, q) => unanswered.logUnanswered(db, scope, q, log),
    listUnanswered: (scope, limit = 100) => unanswered.listUnanswered(db, scope, limit, log),
    knowledgeGaps: (limit = 50) => unanswered.knowledgeGaps(db, limit, log),
    claimEvent: (platform, tenant, key) => feedback.claimEvent(db, platform, tenant, key),
    countQuestion: (scope, user, limits, now) => questions.countQuestion(db, scope, user, limits, now),
    putExport: (scope, file) => exports.putExport(db, scope, file),
    getExport: (scope, id, now) => exports.getExport(db, scope, id, now),
    deleteExport: (scope, id) => exports.deleteExport(db, scope, id),
    enqueueJob: (job, now) => jobs.enqueueJob(db, job, now),
    takeJobs: (limit, policy, now) => jobs.takeJobs(db, limit, policy, now),
    renewJobLease: (id, attempt, policy, now) => jobs.renewJobLease(db, id, attempt, policy, now),
    finishJob: (id, attempt) => jobs.finishJob(db, id, attempt),
    failJob: (id, attempt, error, retryAt, policy) => jobs.failJob(db, id, attempt, error, retryAt, policy),
    listJobs: (filter) => jobs.listJobs(db, filter),
    retryJob: (id, now) => jobs.retryJob(db, id, now),
    countJobs: () => jobs.countJobs(db),
    saveInstallation: (key, installation) => installations.saveInstallation(db, key, installation),
    findInstallation: (key) => installations.findInstallation(db, key),
    noteInstallationWorkspace: (key, teamId) => installations.noteInstallationWorkspace(db, key, teamId),
    deleteInstallation: (key) => installations.deleteInstallation(db, key),
    deleteWorkspaceData: (scope) => deleteWorkspaceData(db, scope),
    ping: async () => {
      await db.all('SELECT 1 AS ok');
    },
    close: () => (closed ??= db.close()),
  };
}
