import { COMMAND_NAME } from '../../bot/router.ts';
import type { TurnInput } from '../../bot/turn.ts';
import { splitCommandLine } from '../../bot/command-line.ts';

/**
 * Teams has no custom slash commands: the manifest's commandLists suggest these words, and the user's
 * text arrives as a plain message. A word only counts as a command when its arguments fit
 * ("status of the Llama licence?" is a question, "status" alone is the command).
 */
const ARITY: Record<string, { min: number; max: number }> = {
  decide: { min: 0, max: 0 },
  status: { min: 0, max: 0 },
  help: { min: 0, max: 0 },
  checklist: { min: 1, max: Infinity },
  export: { min: 1, max: Infinity },
  questionnaire: { min: 1, max: Infinity },
  ask: { min: 1, max: Infinity },
};

/** The commands Teams lists in the compose box, in the order the manifest shows them. */
export const TEAMS_COMMANDS = [
  { title: 'ask', description: 'Ask a question, e.g. "ask What does the Llama licence require?"' },
  { title: 'decide', description: 'Walk the team through the deployment-mode decision' },
  { title: 'checklist', description: 'Start or continue the vendor checklist: "checklist <vendor>"' },
  { title: 'status', description: 'List the workflows in progress in this conversation' },
  { title: 'export', description: 'Export a vendor checklist: "export <vendor> [docx|pdf|md|csv]"' },
  { title: 'help', description: 'Show what the bot can do' },
] as const;

/**
 * Maps a message's text (mention already stripped) to a Turn input: a command when the first word is one
 * of ours with fitting arguments (an optional "/ai-procurement" or "ai-procurement" prefix is accepted),
 * otherwise plain text for the router to answer.
 */
export function parseTeamsText(text: string): TurnInput {
  const trimmed = text.trim();
  const withoutPrefix = trimmed.replace(new RegExp(`^/?${COMMAND_NAME}\\b\\s*`, 'i'), '');
  const hadPrefix = withoutPrefix !== trimmed;
  const words = splitCommandLine(withoutPrefix);
  const first = (words[0] ?? '').toLowerCase();
  const args = words.slice(1);
  const arity = ARITY[first];
  if (arity && args.length >= arity.min && args.length <= arity.max) {
    return { kind: 'command', command: COMMAND_NAME, args: [first, ...args] };
  }
  // "ai-procurement" alone, or with a word we do not know: let the router explain (help / not understood).
  if (hadPrefix) return { kind: 'command', command: COMMAND_NAME, args: words };
  return { kind: 'text', text: trimmed };
}
