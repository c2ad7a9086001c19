import type { Answerer, AnswerRequest, AnswerResult } from '../../../bot/answer/types.ts';
import type { TurnOptions, Reply, Turn } from '../../../bot/turn.ts';
import type { WorkflowPort } from '../../../bot/workflow-port.ts';
import { STEP_ANSWER_ACTION } from '../../../adapters/teams/handlers/card-action.ts';

/**
 * Stand-ins for the core's services, behind their public interfaces (bot/answer/types.ts, bot/workflow-port.ts),
 * so these tests exercise the Teams transport only. They record what reached the core.
 */
export class ScriptedAnswerer implements Answerer {
  readonly requests: AnswerRequest[] = [];
  constructor(private readonly partials: string[] = []) {}

  async answer(request: AnswerRequest, options?: TurnOptions): Promise<AnswerResult> {
    this.requests.push(request);
    for (const p of this.partials) {
      options?.onPartial?.(p);
      // Let the adapter's sends interleave as they would with a real model stream.
      await new Promise((r) => setImmediate(r));
    }
    return {
      answered: true,
      answer: 'A closed API is usually *cheaper* below about £5,000 a month [1]. Self-hosting pays off with steady volume [2].',
      citations: [
        { n: 1, id: 'cost-crossover', title: 'Cost crossover', url: 'https://example.org/crossover' },
        { n: 2, id: 'gpu-costs', title: 'GPU costs', url: null },
      ],
      confidence: 0.82,
      mode: this.partials.length ? 'model' : 'extractive',
      provider: this.partials.length ? 'ollama' : undefined,
    };
  }
}

const STATUS_OPTIONS = [
  { value: 'satisfactory', label: 'Satisfactory' },
  { value: 'concern', label: 'Concern' },
  { value: 'red-flag', label: 'Red flag' },
];

export const DOCX_BYTES = Buffer.from('PK\u0003\u0004 pretend this is a docx export of Acme AI', 'binary');

/** A two-step checklist and an export, answering the way the real WorkflowPort's Replies look. */
export class ScriptedWorkflows implements WorkflowPort {
  readonly calls: { turn: Turn; kind: string; sub?: string; args?: string[]; action?: string; value?: unknown }[] = [];

  private step(stepId: string, index: number, error?: string): Reply {
    const prompt = index === 1 ? 'Does the vendor use your data for training?' : 'How many days to notify an incident?';
    const reply: Reply = {
      kind: 'workflow',
      // Shaped like bot/workflows/step-reply.ts: lead, title with progress, the prompt again, a typing hint.
      text: [index === 2 ? 'Recorded.' : undefined, `*Vendor checklist: Acme AI* · step ${index} of 2`, prompt, 'Answer with red-flag: notes https://…'].filter(Boolean).join('\n'),
      step: {
        workflow: 'checklist',
        runId: 'run-1',
        stepId,
        prompt,
        kind: index === 1 ? 'choice' : 'number',
        options: index === 1 ? STATUS_OPTIONS : undefined,
        help: 'See the vendor questions card [1].',
        index,
        total: 2,
        fields: index === 1 ? [{ id: 'notes', label: 'Notes' }, { id: 'evidence', label: 'Evidence link', format: 'url' }] : undefined,
        current: index === 1 ? 'concern' : undefined,
      },
      choices: [{ action: 'workflow.cancel', label: 'Cancel', value: 'run-1', style: 'danger' }],
    };
    if (error) reply.step!.error = error;
    return reply;
  }

  private exportReply(vendor: string): Reply {
    return {
      kind: 'export',
      text: `Here is the ${vendor} checklist.`,
      files: [{ name: 'acme-ai-checklist.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', data: DOCX_BYTES, title: 'Acme AI checklist' }],
    };
  }

  async command(turn: Turn, sub: string, args: string[]): Promise<Reply> {
    this.calls.push({ turn, kind: 'command', sub, args });
    if (sub === 'checklist' || sub === 'decide') return this.step('q01', 1);
    if (sub === 'export') return this.exportReply(args.slice(0, -1).join(' '));
    return { kind: 'status', text: 'No workflows in progress.' };
  }

  async action(turn: Turn, action: string, value: unknown): Promise<Reply | undefined> {
    this.calls.push({ turn, kind: 'action', action, value });
    if (action === 'workflow.export') return this.exportReply('Acme AI');
    if (action === 'workflow.cancel') return { kind: 'info', text: 'Cancelled the Acme AI checklist. Answers given so far are kept.' };
    if (action !== STEP_ANSWER_ACTION) return undefined;
    const v = value as { stepId: string; value: unknown };
    if (v.stepId === 'q01') {
      if (!STATUS_OPTIONS.some((o) => o.value === v.value)) return this.step('q01', 1, `"${String(v.value)}" is not one of the options.`);
      return this.step('q02', 2);
    }
    if (!/^\d+$/.test(String(v.value))) return this.step('q02', 2, 'Enter a whole number of days, e.g. 3.');
    return { kind: 'workflow', text: 'Checklist for *Acme AI* complete: 0 red flags.', sections: [{ title: 'Summary', body: '• Data use: satisfactory' }] };
  }
}
