import type { WorkflowRun } from '../../workflows/store.ts';
import { AppError, ErrorCode } from '../errors.ts';
import type { FlowContext } from './context.ts';

/**
 * A run this conversation may act on. Another workspace's run is not found; another conversation's (a replayed or
 * forged button value, a copied run id) is refused politely and nothing is done with it. The store refuses such
 * writes too (recordStep/updateRun are bound to the conversation), so this is the first of two locks.
 */
export async function runHere(ctx: FlowContext, runId: string): Promise<WorkflowRun> {
  const run = await ctx.store.getRun(ctx.scope, runId);
  if (!run) throw new AppError(ErrorCode.NotFound, 'that workflow (it may belong to another workspace)');
  if (run.channel !== ctx.conversation.channel) {
    ctx.logger.warn({ runId: run.id, kind: run.kind }, 'workflow action refused: the run belongs to another conversation');
    throw new AppError(ErrorCode.Forbidden);
  }
  return run;
}
