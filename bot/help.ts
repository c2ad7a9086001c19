import type { Reply } from './turn.ts';
import { untrusted } from './inert/index.ts';

/** The subcommands of /ai-procurement, in the order help lists them. */
export const SUBCOMMANDS = [
  { name: 'ask', usage: 'ask <question>', text: 'answer a question from the knowledge base, with numbered sources' },
  { name: 'decide', usage: 'decide [new]', text: 'walk the team through the deployment-mode decision: closed API, self-hosted open-weight, or hybrid' },
  { name: 'checklist', usage: 'checklist <vendor> [question-id]', text: 'start or continue the twelve-question checklist for a vendor (`checklist compare` puts vendors side by side)' },
  { name: 'status', usage: 'status', text: 'list the workflows in progress in this conversation and the vendor checklists started here' },
  { name: 'export', usage: 'export <vendor|decision|compare> [docx|pdf|md|csv]', text: 'export a vendor checklist, the decision record or the comparison as a document' },
  { name: 'questionnaire', usage: 'questionnaire <vendor> [xlsx|docx]', text: 'the twelve vendor questions as a spreadsheet or Word file to send to a vendor' },
  { name: 'help', usage: 'help', text: 'show this help' },
] as const;

export type SubcommandName = (typeof SUBCOMMANDS)[number]['name'];

export function isSubcommand(name: string): name is SubcommandName {
  return SUBCOMMANDS.some((s) => s.name === name);
}

const EXAMPLES = [
  'What are the five factors in the open vs closed decision?',
  'Below what monthly spend is a closed API usually cheaper?',
  'What does the Llama 4 licence require us to display?',
];

/** What the bot can do, as a neutral Reply every adapter renders. */
export function helpReply(): Reply {
  return {
    kind: 'help',
    text:
      'I help your team decide how to buy AI: closed APIs, self-hosted open-weight models, or a hybrid. ' +
      'Ask me a question in plain words, or use `/ai-procurement`:',
    sections: [
      { title: 'Commands', body: SUBCOMMANDS.map((s) => `• \`/ai-procurement ${s.usage}\`: ${s.text}`).join('\n') },
      { title: 'Try asking', body: EXAMPLES.map((q) => `• ${q}`).join('\n') },
    ],
    choices: [
      { action: 'command', label: 'Start the decision', value: 'decide', style: 'primary' },
      { action: 'command', label: 'Show status', value: 'status' },
    ],
  };
}

/** The reply for input the bot could not place. */
export function notUnderstoodReply(what?: string): Reply {
  const help = helpReply();
  return {
    ...help,
    kind: 'not-understood',
    // `what` echoes what was typed or clicked: shown inert.
    text: `I did not understand${what ? ` "${untrusted(what)}"` : ' that'}. Here is what I can do:`,
  };
}
