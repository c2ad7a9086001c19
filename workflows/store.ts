/**
 * The one state seam (DESIGN.md "State"): workflow runs, vendor checklists, feedback votes, the unanswered-question
 * log and event idempotency. bot/ and workflows/ depend on this interface only; adapters/storage/ implements it
 * (SQLite by default, PostgreSQL for several replicas) and test/adapters/storage/store-contract.ts holds both to it.
 *
 * Every method takes a Scope first: nothing can be read or written without naming the platform and the
 * workspace/tenant it belongs to, so one workspace can never reach another's rows. Vendor checklists, and every
 * write to a run, take a Conversation: a checklist belongs to the conversation where it was started, so a
 * private channel's notes are never read, exported, continued or overwritten from another channel or a DM.
 */

/** Platform + team/tenant: the key prefix of every row. */
export interface Scope {
  platform: string;
  tenant: string;
}

/**
 * One conversation: a Slack channel (public or private), group DM or DM; a Teams channel, group chat or personal
 * chat. A thread belongs to its channel, so `channel` never includes a thread id. Never empty.
 */
export interface Conversation extends Scope {
  channel: string;
}

/** The conversation a turn or run happened in. */
export function conversationOf(where: Scope & { channel: string }): Conversation {
  return { platform: where.platform, tenant: where.tenant, channel: where.channel };
}

export interface Author {
  id: string;
  name?: string;
}

export type RunKind = 'decision' | 'checklist';
export type RunStatus = 'active' | 'completed' | 'cancelled';

/** One recorded step answer: what was answered, by whom, when. */
export interface RunAnswer {
  stepId: string;
  /** JSON-serialisable value (already validated by the step's schema). */
  value: unknown;
  author: Author;
  /** ISO timestamp. */
  answeredAt: string;
}

export interface WorkflowRun {
  id: string;
  platform: string;
  tenant: string;
  kind: RunKind;
  channel: string;
  thread?: string;
  /** The vendor for a checklist run. */
  subject?: string;
  status: RunStatus;
  /** The step waiting for an answer; undefined once the run is finished. */
  currentStep?: string;
  startedBy: Author;
  createdAt: string;
  updatedAt: string;
  /** Latest answer per step, in the order they were first given. */
  answers: RunAnswer[];
}

export interface NewRun {
  kind: RunKind;
  channel: string;
  thread?: string;
  subject?: string;
  currentStep?: string;
  startedBy: Author;
}

export interface RunFilter {
  channel?: string;
  status?: RunStatus;
  kind?: RunKind;
  subject?: string;
}

/** How a run moves on after an answer; `currentStep: null` clears it. */
export interface RunProgress {
  currentStep?: string | null;
  status?: RunStatus;
}

export const CHECKLIST_STATUSES = ['satisfactory', 'concern', 'red-flag', 'n/a', 'unanswered'] as const;
export type ChecklistStatus = (typeof CHECKLIST_STATUSES)[number];

export interface ChecklistAnswer {
  questionId: string;
  status: ChecklistStatus;
  notes?: string;
  /** An http(s) URL pointing at the vendor's evidence (DPA, certificate, policy page). */
  evidence?: string;
  /** Who gave (or accepted) this answer, and when: for an answer from a draft, the reviewer. */
  answeredBy: Author;
  answeredAt: string;
  /** Sentences quoted word for word from the vendor's documents, when the answer began as a draft proposal. */
  quotes?: EvidenceQuote[];
  /** The proposal a person reviewed to give this answer (absent for an answer typed from scratch). */
  review?: AnswerReview;
}

/** A sentence of a vendor document, verbatim, and where it stands ("dpa.pdf, page 3"). */
export interface EvidenceQuote {
  quote: string;
  location: string;
}

/** What an assessment may propose: never "n/a", which is a person's call. */
export type ProposedStatus = Exclude<ChecklistStatus, 'n/a'>;

/** The reviewer trail of an answer that began as a proposal: what was proposed, from what, by whom it was sent. */
export interface AnswerReview {
  proposedStatus: ProposedStatus;
  reason: string;
  /** `rules` when the card's rules alone decided; `model` when a model's judgement (checked by the rules) did. */
  judgedBy: 'rules' | 'model';
  /** The file names the proposal was read from. */
  documents: string[];
  /** Who sent the documents, and when they were assessed. */
  sharedBy: Author;
  proposedAt: string;
}

/** One question's proposal in a draft: nothing here counts as answered until a person accepts it. */
export interface DraftAnswer {
  questionId: string;
  status: ProposedStatus;
  reason: string;
  quotes: EvidenceQuote[];
  judgedBy: 'rules' | 'model';
}

/**
 * Proposals from a vendor's documents, waiting for review on that vendor's checklist in one conversation. A new
 * assessment replaces the vendor's draft; a person answering a question (accepting it or changing it) takes that
 * question out of the draft.
 */
export interface ChecklistDraft {
  vendor: string;
  documents: string[];
  /** The thread the documents were shared in, so later files there go to the same vendor. */
  thread?: string;
  sharedBy: Author;
  proposedAt: string;
  /** The questions still waiting for review, in no particular order. */
  answers: DraftAnswer[];
}

/** One vendor's answers in one conversation (the store is asked by conversation, so the channel is not repeated). */
export interface VendorChecklist {
  /** The vendor's name as first typed. */
  vendor: string;
  /** Normalised key (lower case, single spaces) so "Acme AI" and "acme  ai" are one vendor. */
  vendorKey: string;
  createdBy: Author;
  createdAt: string;
  updatedAt: string;
  answers: ChecklistAnswer[];
}

export interface FeedbackVote {
  answerId: string;
  user: string;
  vote: 'up' | 'down';
  channel?: string;
  at: string;
}

/** One line of the knowledge-gap report: a question the bot could not answer, grouped by wording. */
export interface KnowledgeGap {
  question: string;
  /** How often it was asked without a grounded answer. */
  count: number;
  /** In how many workspaces (platform + tenant). */
  workspaces: number;
  lastAt: string;
}

export interface UnansweredQuestion {
  question: string;
  channel?: string;
  user?: string;
  at: string;
}

/** A step answer plus, for checklist runs, the per-question record it produces; written in one transaction. */
export interface StepRecord {
  runId: string;
  answer: RunAnswer;
  next: RunProgress;
  checklist?: { vendor: string; answer: ChecklistAnswer };
}

/** Questions allowed per user per minute and per workspace per UTC day; 0 switches a limit off. */
export interface QuestionLimits {
  perUserPerMinute: number;
  perWorkspacePerDay: number;
}

/** Whether one more question may be answered; when not, which limit was reached and when it lifts (ISO). */
export type QuestionAdmission = { admitted: true } | { admitted: false; limit: 'user-minute' | 'workspace-day'; retryAt: string; allowed: number };

/** An export waiting to be downloaded or uploaded after consent; any replica can serve it until it expires. */
export interface HeldExport {
  id: string;
  name: string;
  mimeType: string;
  title?: string;
  data: Uint8Array;
  /** ISO timestamp; an expired export is never returned and is deleted by the next write. */
  expiresAt: string;
}

/** A queued job's life: waiting (or waiting to retry), running under a lease, finished, or out of attempts. */
export type JobState = 'queued' | 'active' | 'done' | 'dead';

/** A job as a worker takes it; `attempt` counts this run (1 = first). */
export interface TakenJob {
  id: string;
  kind: string;
  key: string;
  data: unknown;
  attempt: number;
}

/** A job as an operator lists it: never its data (it holds what users typed). */
export interface JobInfo {
  id: string;
  kind: string;
  state: JobState;
  attempts: number;
  createdAt: string;
  /** The last failure's message, for dead and retrying jobs. */
  error?: string;
}

/** The retry policy the queue passes in: how many runs a job gets, and when a failed one runs again. */
export interface JobPolicy {
  maxAttempts: number;
  leaseMs: number;
}
/**
 * Which installation of a chat app: a workspace's own (`teamId`), or an organisation-wide one
 * (`isEnterpriseInstall`, keyed by `enterpriseId`: Slack Enterprise Grid). Found the way the platform asks for it.
 */
export interface InstallationKey {
  platform: string;
  enterpriseId?: string;
  teamId?: string;
  isEnterpriseInstall: boolean;
}

/** What deleteInstallation found: whether there was one, and the workspaces (team ids) it served. */
export interface DeletedInstallation {
  deleted: boolean;
  /** A workspace install: its own team. An organisation-wide one: every workspace it was noted serving. */
  workspaces: string[];
}

/** What deleteWorkspaceData removed, by table: counts only, for the log. */
export type DeletedRows = Record<string, number>;

export interface Store {
  readonly kind: 'sqlite' | 'postgres';

  createRun(scope: Scope, run: NewRun): Promise<WorkflowRun>;
  /** Undefined when the run does not exist in this scope (another tenant's run id is simply not found). */
  getRun(scope: Scope, runId: string): Promise<WorkflowRun | undefined>;
  /** Newest first (by last update). */
  listRuns(scope: Scope, filter?: RunFilter): Promise<WorkflowRun[]>;
  /**
   * The active run of this conversation and thread (none: outside any thread) whose step waits for a typed answer,
   * the most recently moved one if several do. Asked once for every typed message, so it is one cheap lookup.
   */
  waitingRun(where: Conversation, thread?: string): Promise<WorkflowRun | undefined>;
  /**
   * Records an answer (replacing an earlier one for the same step) and moves the run on, atomically; a checklist
   * answer goes to that conversation's checklist. A run of another conversation is not found (nothing written).
   */
  recordStep(where: Conversation, record: StepRecord): Promise<WorkflowRun>;
  /** Moves a run of this conversation on; a run of another conversation is not found. */
  updateRun(where: Conversation, runId: string, progress: RunProgress): Promise<WorkflowRun>;

  /** Creates the vendor's checklist in this conversation if it does not exist; returns it either way. */
  ensureChecklist(where: Conversation, vendor: string, by: Author): Promise<VendorChecklist>;
  /** This conversation's checklist for the vendor; another conversation's checklist of the same name is not seen. */
  getChecklist(where: Conversation, vendor: string): Promise<VendorChecklist | undefined>;
  /** The checklists started in this conversation, by vendor. */
  listChecklists(where: Conversation): Promise<VendorChecklist[]>;
  /**
   * Upserts one question's answer (creating the checklist in this conversation when needed). A person's answer
   * ends that question's draft proposal, if any.
   */
  recordChecklistAnswer(where: Conversation, vendor: string, answer: ChecklistAnswer): Promise<void>;

  /** Replaces the vendor's draft in this conversation (creating the checklist when needed); answers stay as they are. */
  saveDraft(where: Conversation, draft: ChecklistDraft): Promise<void>;
  /** The vendor's draft in this conversation, while any question in it still waits for review. */
  getDraft(where: Conversation, vendor: string): Promise<ChecklistDraft | undefined>;
  /** Every draft still waiting for review in this conversation. */
  listDrafts(where: Conversation): Promise<ChecklistDraft[]>;
  /** Records reviewed answers and ends their questions' proposals, all in one transaction. */
  acceptDraftAnswers(where: Conversation, vendor: string, answers: ChecklistAnswer[]): Promise<void>;

  /** One vote per user per answer; a second vote replaces the first. */
  recordVote(scope: Scope, vote: FeedbackVote): Promise<void>;
  listVotes(scope: Scope, answerId?: string): Promise<FeedbackVote[]>;
  logUnanswered(scope: Scope, question: UnansweredQuestion): Promise<void>;
  /** Newest first. */
  listUnanswered(scope: Scope, limit?: number): Promise<UnansweredQuestion[]>;
  /**
   * The operator's report for the knowledge owners, across every workspace: unanswered questions grouped by
   * wording (case and spacing ignored), most asked first. It carries no user or channel ids.
   */
  knowledgeGaps(limit?: number): Promise<KnowledgeGap[]>;

  /** True the first time an event key is seen for this platform + tenant, false for a duplicate (retries survive restarts). */
  claimEvent(platform: string, tenant: string, eventKey: string): Promise<boolean>;
  /**
   * Counts one question against the limits, atomically across replicas: admitted questions are counted, a refused
   * one is not (so the workspace's daily budget is spent only on answers).
   */
  countQuestion(scope: Scope, user: string, limits: QuestionLimits, now?: Date): Promise<QuestionAdmission>;

  /** Keeps an export for this workspace until its expiry (expired ones are pruned on the way). */
  putExport(scope: Scope, file: HeldExport): Promise<void>;
  /** The export when it exists in this workspace and has not expired. */
  getExport(scope: Scope, id: string, now?: Date): Promise<HeldExport | undefined>;
  deleteExport(scope: Scope, id: string): Promise<void>;

  /**
   * The SQLite job queue (PostgreSQL deployments use pg-boss). A job is unique by key: false when that key was
   * queued before (a redelivered event). `scope` is the workspace it came from (deleteWorkspaceData deletes it).
   */
  enqueueJob(job: { id: string; kind: string; key: string; data: unknown; scope: Scope }, now?: Date): Promise<boolean>;
  /**
   * Takes up to `limit` runnable jobs under a lease of `policy.leaseMs`: queued ones whose time has come, and
   * running ones whose lease ran out (their worker died). One that died on its last attempt becomes dead instead.
   */
  takeJobs(limit: number, policy: JobPolicy, now?: Date): Promise<TakenJob[]>;
  /**
   * Extends this run's lease to `policy.leaseMs` from now, while it is still running; false when the run was
   * settled or another worker took the job over after its lease ran out.
   */
  renewJobLease(id: string, attempt: number, policy: JobPolicy, now?: Date): Promise<boolean>;
  /** Marks this run of the job done (a run whose lease another worker took over changes nothing). */
  finishJob(id: string, attempt: number): Promise<void>;
  /** Records a failed run: queued again at `retryAt`, or dead once it has had `maxAttempts` runs. */
  failJob(id: string, attempt: number, error: string, retryAt: Date, policy: JobPolicy): Promise<JobState>;
  listJobs(filter: { state?: JobState; limit?: number }): Promise<JobInfo[]>;
  /** A dead job queued again for one more attempt; false when no dead job has that id. */
  retryJob(id: string, now?: Date): Promise<boolean>;
  countJobs(): Promise<Record<'queued' | 'active' | 'dead', number>>;

  /**
   * Keeps an installation (the platform's own record, tokens included, as JSON), replacing the one with the same
   * key: a reinstall or a rotated token overwrites, never duplicates.
   */
  saveInstallation(key: InstallationKey, installation: unknown): Promise<void>;
  /** The installation serving this key: an organisation-wide one by enterprise, else the workspace's by team. */
  findInstallation(key: InstallationKey): Promise<unknown>;
  /** Notes that an organisation-wide installation served this workspace (once is enough; repeats change nothing). */
  noteInstallationWorkspace(key: InstallationKey, teamId: string): Promise<void>;
  /** Deletes the installation with this key (and, org-wide, its noted workspaces); says which workspaces it served. */
  deleteInstallation(key: InstallationKey): Promise<DeletedInstallation>;
  /**
   * Deletes everything kept for one workspace (runs, checklists, votes, the unanswered log, event claims, question
   * counts, held exports, queued jobs), in one transaction; returns the rows removed per table.
   */
  deleteWorkspaceData(scope: Scope): Promise<DeletedRows>;

  /** Resolves when the database answers a trivial query within the store's timeout (the readiness probe). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** The normalised vendor key. */
export function vendorKey(vendor: string): string {
  return vendor.trim().replace(/\s+/g, ' ').toLowerCase();
}
