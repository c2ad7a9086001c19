import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStore } from '../../../adapters/storage/store.ts';
import { createWorkflowService } from '../../../bot/workflows-service.ts';
import { silentLogger } from '../../../bot/logger.ts';
import type { Turn, TurnUser, Platform } from '../../../bot/turn.ts';
import type { WorkflowPort } from '../../../bot/workflow-port.ts';
import type { Store } from '../../../workflows/store.ts';
import { unmarked } from '../../helpers/unmarked.ts';

/**
 * The service with the untrusted-text marks taken off its replies: these tests are about what the workflows say;
 * how each platform makes the marked spans inert is tested through the Slack and Teams stacks (test/e2e).
 */
function readable(port: WorkflowPort): WorkflowPort {
  return {
    command: async (turn, sub, args) => unmarked(await port.command(turn, sub, args)),
    action: async (turn, action, value) => unmarked(await port.action(turn, action, value)),
    ...(port.text ? { text: async (turn: Turn, text: string) => unmarked(await port.text!(turn, text)) } : {}),
    ...(port.documents ? { documents: async (turn: Turn) => unmarked(await port.documents!(turn)) } : {}),
  };
}

/** A real SQLite store in a temp dir and the real service over it; `restart` reopens both, as a new process would. */
export async function openService() {
  const dir = mkdtempSync(join(tmpdir(), 'aip-wf-'));
  const url = `sqlite://${join(dir, 'wf.db')}`;
  let store: Store = await createStore(url);
  let service: WorkflowPort = createWorkflowService({ store, logger: silentLogger() });
  return {
    get store() {
      return store;
    },
    get service() {
      return readable(service);
    },
    async restart() {
      await store.close();
      store = await createStore(url);
      service = createWorkflowService({ store, logger: silentLogger() });
    },
    async close() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Where {
  platform?: Platform;
  tenant?: string;
  channel?: string;
  thread?: string;
}

/** A Turn in a conversation, by a member. */
export function turnBy(user: TurnUser, where: Where = {}, text = ''): Turn {
  return {
    platform: where.platform ?? 'slack',
    tenant: where.tenant ?? 'T-ACME',
    channel: where.channel ?? 'C-PROCUREMENT',
    ...(where.thread ? { thread: where.thread } : {}),
    user,
    input: { kind: 'text', text },
  };
}
