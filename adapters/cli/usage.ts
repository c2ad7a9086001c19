import { EXPORT_FORMAT_USAGE } from '../../workflows/export-formats.ts';
import { EVAL_SET_NAMES } from '../../knowledge/eval/sets.ts';
import { QUESTIONNAIRE_FORMATS } from '../../workflows/questionnaire/send/rows.ts';

/** The CLI's commands. Scripts depend on these names and flags: keep them stable. */
export const USAGE = `Usage: ai-procurement <command> [options]

Commands:
  start                                   run the bot (console chat with nothing configured; Slack/Teams server when configured)
  ask "<question>" [--json]               answer a question from the knowledge base, with citations
  decide --input FILE [--json]            deployment-mode recommendation (closed / self-hosted / hybrid) from a JSON answers file
  checklist questions [--json]            list the twelve vendor questions
  checklist export --input FILE --format ${EXPORT_FORMAT_USAGE} --out PATH
                                          write a completed vendor checklist as a document
  checklist questionnaire --vendor NAME [--format ${QUESTIONNAIRE_FORMATS.join('|')}] --out PATH
                                          write the twelve questions as a questionnaire to send to a vendor (default xlsx)
  checklist assess --vendor NAME --file PATH [--file PATH...] [--json]
                                          read a vendor's documents (DOCX, XLSX, PDF, Markdown, text, HTML) and propose a
                                          status for each question with word-for-word evidence; no model needed
  checklist assess-eval [--set tune|check] [--json]
                                          status accuracy, silent questions given a status and unfound quotes on the
                                          repo's labelled vendor documents, each half separately
  kb build                                build or update the search index (incremental)
  kb lint                                 check every knowledge card (front matter, sources, related ids, review dates)
  kb eval [--set NAME|all] [--context] [--json]
                                          answer quality by kind, refusals, near misses and retrieval on the repo's evaluation
                                          sets: ${EVAL_SET_NAMES.slice(0, 5).join(', ')},
                                          ${EVAL_SET_NAMES.slice(5).join(', ')}; --context also asks each right
                                          answer's question again inside typed chat context and counts how many stay right
  kb eval-situations [--set tune|check|holdout] [--json]
                                          extraction accuracy per input and recommendation accuracy on the labelled
                                          situations (decision from free text), each set separately
  kb gaps [--json]                        questions the bot could not answer (every workspace), most asked first
  jobs [list|failed] [--json]             the durable queue's latest jobs, or its dead letters (failed after the last attempt)
  jobs retry ID                           queue a dead job again for one more attempt
  help                                    show this help

Exit codes: 0 success, 1 failure, 2 invalid usage, input or configuration.`;
