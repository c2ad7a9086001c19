import type { Reply } from './turn.ts';
import { untrusted } from '../workflows/inert/index.ts';
import { bullets, code, command, createReply, paragraph, type Inline } from './reply-doc.ts';
import { EXPORT_FORMAT_USAGE } from '../workflows/export-formats.ts';
import { QUESTIONNAIRE_FORMATS } from '../workflows/questionnaire/send/rows.ts';

/**
 * The subcommands of /ai-procurement, in the order help lists them: the one command vocabulary. Help, the Teams
 * command list and word counts (adapters/teams/commands.ts) and the Slack manifest's usage hint (checked by
 * test/e2e/slack/manifest.test.ts) all come from here. `args` is how many words may follow; `teams` is the line
 * Teams shows in its compose-box command list (left out: not listed there).
 */
export const SUBCOMMANDS = [
  { name: 'ask', usage: 'ask <question>', text: 'answer a question from the knowledge base, with numbered sources', args: { min: 1, max: Infinity }, teams: 'Ask a question, e.g. "ask What does the Llama licence require?"' },
  { name: 'decide', usage: 'decide [new]', text: 'walk the team through the deployment-mode decision: closed API, self-hosted open-weight, or hybrid', args: { min: 0, max: 0 }, teams: 'Walk the team through the deployment-mode decision' },
  { name: 'checklist', usage: 'checklist <vendor> [question-id]', text: ['start or continue the twelve-question checklist for a vendor (a question id follows a quoted name, ', command('checklist', '"Acme AI"', 'exit'), ', or comes as ', code('--question exit'), '; ', command('checklist', 'compare'), ' puts vendors side by side)'], args: { min: 1, max: Infinity }, teams: 'Start or continue the vendor checklist: "checklist <vendor>"' },
  { name: 'status', usage: 'status', text: 'list the workflows in progress in this conversation and the vendor checklists started here', args: { min: 0, max: 0 }, teams: 'List the workflows in progress in this conversation' },
  { name: 'export', usage: `export <vendor|decision|compare> [${EXPORT_FORMAT_USAGE}]`, text: 'export a vendor checklist, the decision record or the comparison as a document', args: { min: 1, max: Infinity }, teams: `Export a vendor checklist: "export <vendor> [${EXPORT_FORMAT_USAGE}]"` },
  { name: 'questionnaire', usage: `questionnaire <vendor> [${QUESTIONNAIRE_FORMATS.join('|')}]`, text: 'the twelve vendor questions as a spreadsheet or Word file to send to a vendor', args: { min: 1, max: Infinity } },
  { name: 'help', usage: 'help', text: 'show this help', args: { min: 0, max: 0 }, teams: 'Show what the bot can do' },
] as const satisfies readonly { name: string; usage: string; text: string | readonly Inline[]; args: { min: number; max: number }; teams?: string }[];

/** The Slack manifest's usage hint for /ai-procurement (manifest.json holds this exact text; a test compares them). */
export function slackUsageHint(): string {
  return `[${SUBCOMMANDS.map((s) => s.usage).join(' | ')}]`;
}

export type SubcommandName = (typeof SUBCOMMANDS)[number]['name'];

export function isSubcommand(name: string): name is SubcommandName {
  return SUBCOMMANDS.some((s) => s.name === name);
}

const EXAMPLES = [
  'What are the five factors in the open vs closed decision?',
  'Below what monthly spend is a closed API usually cheaper?',
  'What does the Llama 4 licence require us to display?',
];

/** What the bot can do, as a neutral Reply every adapter renders; `greeting` opens it when the bot introduces itself. */
export function helpReply(greeting?: string): Reply {
  return createReply({
    kind: 'help',
    doc: [paragraph(`${greeting ? `${greeting} ` : ''}I help your team decide how to buy AI: closed APIs, self-hosted open-weight models, or a hybrid. Ask me a question in plain words, or use one of these commands:`)],
    sections: [
      { title: 'Commands', doc: [bullets(SUBCOMMANDS.map((s): Inline[] => [command(...s.usage.split(' ')), ': ', ...(typeof s.text === 'string' ? [s.text] : s.text)]))] },
      { title: 'Try asking', doc: [bullets(EXAMPLES.map((q) => [q]))] },
    ],
    choices: [
      { action: 'command', label: 'Start the decision', value: 'decide', style: 'primary' },
      { action: 'command', label: 'Show status', value: 'status' },
    ],
  });
}

/** The reply for input the bot could not place. */
export function notUnderstoodReply(what?: string): Reply {
  const { text: _text, sections, ...help } = helpReply();
  return createReply({
    ...help,
    kind: 'not-understood',
    // `what` echoes what was typed or clicked: shown inert.
    doc: [paragraph(`I did not understand${what ? ` "${untrusted(what)}"` : ' that'}. Here is what I can do:`)],
    sections,
  });
}
