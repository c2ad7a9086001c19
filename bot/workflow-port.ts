import type { Reply, Turn } from './turn.ts';

/**
 * The seam between the router and the /ai-procurement workflows (decision wizard, vendor checklist,
 * status, export). Implemented in bot/workflows-service.ts over workflows/ and the Store.
 */
export interface WorkflowPort {
  /** `/ai-procurement <sub> [args…]` for sub in decide | checklist | status | export. */
  command(turn: Turn, sub: string, args: string[]): Promise<Reply>;
  /** A button press or form submission carrying a workflow action. Returns undefined when the action is not a workflow's. */
  action(turn: Turn, action: string, value: unknown): Promise<Reply | undefined>;
  /**
   * Plain text in a conversation with a workflow step waiting for a typed answer (the console, a Slack thread).
   * Returns undefined when no step waits, so the text is treated as a question.
   */
  text?(turn: Turn, text: string): Promise<Reply | undefined>;
  /**
   * Files shared in a checklist's thread or with a mention: read, assessed against the twelve questions and put
   * as a draft on that vendor's checklist for review. A `none` Reply when the files are not for the bot.
   */
  documents?(turn: Turn): Promise<Reply>;
}
