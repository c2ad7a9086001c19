import { COMMAND_NAME } from '../../bot/router.ts';
import type { TurnInput } from '../../bot/turn.ts';
import { SUBCOMMANDS } from '../../bot/help.ts';
import { splitCommandLine } from '../../bot/command-line.ts';

/**
 * Teams has no custom slash commands: the manifest's commandLists suggest these words, and the user's
 * text arrives as a plain message. A word only counts as a command when its arguments fit
 * ("status of the Llama licence?" is a question, "status" alone is the command). Both come from the one
 * command vocabulary, bot/help.ts SUBCOMMANDS.
 */
const ARITY: Record<string, { min: number; max: number }> = Object.fromEntries(SUBCOMMANDS.map((s) => [s.name, s.args]));

/** The commands Teams lists in the compose box, in the order the manifest shows them. */
export const TEAMS_COMMANDS = SUBCOMMANDS.flatMap((s) => ('teams' in s ? [{ title: s.name, description: s.teams }] : []));

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
