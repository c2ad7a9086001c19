/**
 * Answering from the knowledge base with no model: the extractive answerer, the retrieval call grounded
 * generation reuses, and the knowledge-base wiring the CLI and the app call.
 */
export {
  createExtractiveAnswerer, NO_ANSWER_TEXT, DEFAULT_THRESHOLD,
  type ExtractiveAnswerer, type ExtractiveAnswererOptions, type UnansweredInfo,
} from './extractive.ts';
export { createKnowledgeBase, type KnowledgeBase, type KnowledgeBaseOptions } from './knowledge-base.ts';
export { compose, DEFAULT_COMPOSE, type ComposeOptions, type Composition } from './compose.ts';
export { detectInjection } from './guard.ts';
export { retrievePassages, type Passage } from '../../knowledge/retrieval/passages.ts';
export type { RetrievalMode } from '../../knowledge/retrieval/retriever.ts';
export { formatBuildReport, formatBuildReportJson } from '../../knowledge/retrieval/format-build.ts';
export { formatLintReport, formatLintReportJson } from '../../knowledge/lint.ts';
export { formatEvalReport, formatEvalReportJson } from '../../knowledge/eval/format-eval.ts';
