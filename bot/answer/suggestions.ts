import type { Choice, Reply } from '../turn.ts';

const DECISION = /\b(decision|decide|five factors|open[- ]vs[- ]closed|self[- ]host|hybrid|crossover|deployment)/i;
const CHECKLIST = /\b(vendor|checklist|due diligence|supplier)/i;

/**
 * For an answer about the deployment decision or vendor due diligence, a button into the matching workflow.
 * Judged from what the answer cites (card ids and titles) and says, so a question about a vendor question leads
 * to the checklist and one about the five factors to the decision wizard. The checklist button has no vendor yet:
 * Slack asks for one in a modal; elsewhere `checklist` alone lists the team's vendors and says how to start one.
 * Decided once here so every platform offers the same next steps.
 */
export function suggestedWorkflowChoices(reply: Reply): Choice[] {
  if (reply.kind !== 'answer') return [];
  const existing = new Set((reply.choices ?? []).map((c) => c.value).filter((v): v is string => typeof v === 'string').map((v) => v.split(/\s+/)[0]));
  const about = [reply.text, ...(reply.citations ?? []).flatMap((c) => [c.id, c.title])].join(' ');
  const out: Choice[] = [];
  if (!existing.has('decide') && DECISION.test(about)) out.push({ action: 'command', label: 'Start the deployment decision', value: 'decide', style: 'primary' });
  if (!existing.has('checklist') && CHECKLIST.test(about)) out.push({ action: 'command', label: 'Start a vendor checklist', value: 'checklist' });
  return out;
}
