import type { Choice, Reply } from './turn.ts';
import type { Conversation, Store, WorkflowRun } from '../workflows/store.ts';
import type { Logger } from './logger.ts';
import { loadCards, type Card } from '../knowledge/load-cards.ts';
import { loadQuestions } from '../workflows/checklist/questions.ts';
import { summariseChecklist } from '../workflows/checklist/summary.ts';
import { WORKFLOW_ACTIONS } from '../workflows/actions.ts';
import { runTitle } from './workflows/step-reply.ts';
import { COMMAND_NAME } from './router.ts';
import { inertLabel, untrusted } from '../workflows/inert/index.ts';
import { bullets, command, createReply, paragraph, strong, type Block, type Inline } from './reply-doc.ts';

/** A prompt the platform offers before the user types (Slack suggested prompts, Teams suggested actions). */
export interface SuggestedPrompt {
  /** The short label shown. */
  title: string;
  /** What is sent as the user's message when picked: a question, or a command the router takes as typed. */
  message: string;
}

/** Slack shows at most four suggested prompts (assistant.threads.setSuggestedPrompts); Teams lists as many. */
export const MAX_SUGGESTED_PROMPTS = 4;

/** How many knowledge-base questions lead the prompts, before the workflow ones. */
const KNOWLEDGE_PROMPTS = 2;

export interface AgentHomeOptions {
  store?: Store;
  logger: Logger;
  cardsDir?: string;
  now?: () => Date;
}

/**
 * What the bot offers before anyone asks: suggested prompts (from the knowledge base and the workflows, with the
 * checklists of the conversation the user is looking at) and the home overview (what the bot does, the
 * conversation's checklists and runs in progress with their red flags, the cards past their review date, buttons
 * into the workflows). Platform-neutral: Slack renders it as its Messages-tab prompts and Home tab, Teams as
 * suggested actions.
 */
export interface AgentHome {
  prompts(where?: Conversation): Promise<SuggestedPrompt[]>;
  overview(where?: Conversation): Promise<Reply>;
}

export function createAgentHome(options: AgentHomeOptions): AgentHome {
  const now = options.now ?? (() => new Date());
  // The cards and the knowledge-base prompts drawn from them are read once: the prompts follow every answer in a
  // Teams personal chat, and the cards do not change while the bot runs.
  let cardsP: Promise<{ cards: Card[]; hubs: SuggestedPrompt[] }> | undefined;
  const knowledge = () => {
    cardsP ??= loadCards(options.cardsDir).then(({ cards }) => ({ cards, hubs: hubQuestions(cards, KNOWLEDGE_PROMPTS) }));
    cardsP.catch(() => (cardsP = undefined));
    return cardsP;
  };
  /** The store is optional and may be down: the prompts and the overview still come, without its part. */
  const fromStore = async <T>(read: (store: Store) => Promise<T>, fallback: T): Promise<T> => {
    if (!options.store) return fallback;
    try {
      return await read(options.store);
    } catch (err) {
      options.logger.warn({ code: (err as { code?: unknown })?.code }, 'home: store unavailable; showing the knowledge base only');
      return fallback;
    }
  };

  return {
    async prompts(where) {
      const { hubs } = await knowledge();
      const lists = where ? await fromStore((s) => s.listChecklists(where), []) : [];
      // The prompt's message comes back as the user's own text, naming the vendor as stored; a name that would need
      // defanging (it looks like a link) is not offered, rather than sent back altered or live.
      const newest = [...lists].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).find((l) => inertLabel(l.vendor) === l.vendor && !l.vendor.includes('"'));
      const workflow: SuggestedPrompt[] = [
        ...(newest ? [{ title: cutTitle(`Continue the ${newest.vendor} checklist`), message: `/${COMMAND_NAME} checklist "${newest.vendor}"` }] : []),
        { title: 'Decide: API, self-host or hybrid', message: `/${COMMAND_NAME} decide` },
        { title: 'What is in progress here?', message: `/${COMMAND_NAME} status` },
      ];
      return [...hubs, ...workflow].slice(0, MAX_SUGGESTED_PROMPTS);
    },

    async overview(where) {
      const [{ questions }, { cards: all }] = await Promise.all([loadQuestions(options.cardsDir), knowledge()]);
      const today = now().toISOString().slice(0, 10);
      const lists = where ? await fromStore((s) => s.listChecklists(where), []) : [];
      const runs: WorkflowRun[] = where ? await fromStore((s) => s.listRuns(where, { channel: where.channel, status: 'active' }), []) : [];
      // Each checklist: a line of progress, then its red flags (the card's question, marked as card text).
      const checklistDoc: Block[] = lists.flatMap((l) => {
        const summary = summariseChecklist(l, questions);
        const p = summary.progress;
        const flags = summary.rows.filter((r) => r.status === 'red-flag').map((r): Inline[] => ['Red flag: ', untrusted(r.question.question)]);
        const line = paragraph(strong(untrusted(l.vendor)), `: ${p.answered} of ${p.total} answered, ${p.counts['red-flag']} red flag${p.counts['red-flag'] === 1 ? '' : 's'}, ${p.counts.concern} concern${p.counts.concern === 1 ? '' : 's'}`);
        return flags.length ? [line, bullets(flags)] : [line];
      });
      const due = all.filter((c) => c.review_by < today).sort((a, b) => a.review_by.localeCompare(b.review_by));
      const choices: Choice[] = [
        { action: 'command', label: 'Start the decision', value: 'decide', style: 'primary' },
        { action: 'command', label: 'Show status', value: 'status' },
        ...runs.slice(0, 5).map((run) => ({ action: WORKFLOW_ACTIONS.resume, label: `Continue: ${runTitle(run)}`, value: run.id })),
      ];
      return createReply({
        kind: 'info',
        doc: [
          paragraph(
            'I help your team decide how to buy AI: closed APIs, self-hosted open-weight models, or a hybrid. ' +
              'Ask me in a DM or mention me in a channel for a cited answer; ',
            command(),
            ' runs the deployment decision and the twelve-question vendor checklist, and exports them as documents.',
          ),
        ],
        sections: [
          { title: 'Checklists in this conversation', doc: checklistDoc.length ? checklistDoc : [paragraph('No vendor checklist started here yet: ', command('checklist', '<vendor>'), '.')] },
          ...(runs.length ? [{ title: 'In progress', doc: [bullets(runs.map((r) => [runTitle(r)]))] }] : []),
          {
            title: 'Knowledge base',
            doc: due.length
              ? [paragraph(`${all.length} cards; ${due.length} past their review date:`), bullets(due.slice(0, 10).map((c) => [untrusted(c.title), ` (review by ${c.review_by})`]))]
              : [paragraph(`${all.length} cards, none past its review date.`)],
          },
        ],
        choices,
      });
    },
  };
}

/**
 * The first question of the cards most other cards point to (the hubs of the knowledge base), so the prompts
 * lead to the broadest answers; ties go to the card id, so the choice is stable.
 */
function hubQuestions(cards: Card[], n: number): SuggestedPrompt[] {
  const inbound = new Map<string, number>();
  for (const c of cards) for (const r of c.related) inbound.set(r, (inbound.get(r) ?? 0) + 1);
  return cards
    .filter((c) => c.questions.length > 0 && !c.checklist)
    .sort((a, b) => (inbound.get(b.id) ?? 0) - (inbound.get(a.id) ?? 0) || a.id.localeCompare(b.id))
    .slice(0, n)
    .map((c) => ({ title: cutTitle(c.title), message: asQuestion(c.questions[0]!) }));
}

function asQuestion(q: string): string {
  const t = q.trim().replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  return /[?.!]$/.test(t) ? t : `${t}?`;
}

function cutTitle(title: string, max = 75): string {
  return title.length <= max ? title : `${title.slice(0, max - 1).trimEnd()}…`;
}
